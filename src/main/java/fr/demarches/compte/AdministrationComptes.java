package fr.demarches.compte;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.RaccordementAccepte;
import fr.demarches.compte.internal.AdministrationCompteRepository;
import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.Unite;
import fr.demarches.compte.internal.UniteAdministrationRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: create them without a password (the owner sets it through an e-mailed
 * link), disable, reset, replace; police units and officers. Every change is journaled in the same transaction.
 * The screens check who may call what; the rules that hold whoever calls are checked here.
 */
@Service
@Transactional
public class AdministrationComptes {

    private final AdministrationCompteRepository comptes;
    private final UniteAdministrationRepository unites;
    private final JournalAudit journal;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final Jetons jetons;
    private final Comptes motsDePasse;

    AdministrationComptes(AdministrationCompteRepository comptes, UniteAdministrationRepository unites,
            JournalAudit journal, ApplicationEventPublisher evenements, Clock horloge, Jetons jetons,
            Comptes motsDePasse) {
        this.comptes = comptes;
        this.unites = unites;
        this.journal = journal;
        this.evenements = evenements;
        this.horloge = horloge;
        this.jetons = jetons;
        this.motsDePasse = motsDePasse;
    }

    @Transactional(readOnly = true)
    public List<CompteVue> administrateursPlateforme() {
        return comptes.vuesParType(Espace.ADMINISTRATION, TypeCompte.ADMIN_PLATEFORME);
    }

    @Transactional(readOnly = true)
    public List<CompteVue> administrateursCommune(String codeInsee) {
        return comptes.vuesParTypeEtCommune(TypeCompte.ADMIN_COMMUNE, codeInsee);
    }

    @Transactional(readOnly = true)
    public Optional<CompteVue> compte(UUID id) {
        return comptes.vue(id);
    }

    public UUID creerAdministrateurPlateforme(String identifiant, String nom, String prenoms, Acteur acteur) {
        exigerLibre(Espace.ADMINISTRATION, identifiant);
        var compte = comptes.save(Compte.administrateur(identifiant, null, nom, prenoms, horloge.instant()));
        journal.enregistrer(acteur.entree("COMPTE_CREE", "COMPTE", compte.getId().toString(),
                "Administrateur de la plateforme " + identifiant));
        demanderLien(compte, false);
        return compte.getId();
    }

    /** Disables a platform administrator, never the last active one (the active ones are locked meanwhile). */
    public void desactiverAdministrateurPlateforme(UUID id, Acteur acteur) {
        var actifs = comptes.verrouillerAdministrateursActifs();
        var compte = actifs.stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> new RefusCompte.Introuvable("Ce compte n'est pas un administrateur actif."));
        if (actifs.size() <= 1) {
            throw new RefusCompte("Le dernier administrateur actif de la plateforme ne peut pas être désactivé.");
        }
        compte.desactiver();
        journal.enregistrer(acteur.entree("COMPTE_DESACTIVE", "COMPTE", id.toString(),
                "Administrateur de la plateforme " + compte.getIdentifiant()));
    }

    public void reactiverAdministrateurPlateforme(UUID id, Acteur acteur) {
        var compte = comptes.findById(id).filter(c -> c.getType() == TypeCompte.ADMIN_PLATEFORME)
                .orElseThrow(() -> new RefusCompte.Introuvable("Compte introuvable."));
        compte.reactiver();
        journal.enregistrer(acteur.entree("COMPTE_REACTIVE", "COMPTE", id.toString(),
                "Administrateur de la plateforme " + compte.getIdentifiant()));
    }

    /**
     * The administrator account of a commune being connected: created without a password, or the existing one of
     * the same commune reused; refused when the address is another account's of the Gestionnaire de Suivi. The
     * link is sent with the connection notice.
     */
    @EventListener
    void administrateurPourRaccordement(RaccordementAccepte raccordement) {
        String courriel = raccordement.administrateurCourriel();
        String codeInsee = raccordement.codeInsee();
        var existant = comptes.findByEspaceAndIdentifiant(Espace.MAIRIE, courriel);
        if (existant.isPresent()) {
            var compte = existant.get();
            if (compte.getType() != TypeCompte.ADMIN_COMMUNE || !codeInsee.equals(compte.getCommuneInsee())) {
                throw new RefusCompte.IdentifiantPris("L'adresse " + courriel
                        + " est déjà l'identifiant d'un autre compte du Gestionnaire de Suivi.");
            }
            if (!compte.isActif()) {
                compte.reactiver();
                journal.enregistrer(raccordement.acteur().entree("COMPTE_REACTIVE", "COMPTE", compte.getId().toString(),
                        "Administrateur de la commune " + codeInsee + " : " + courriel + ", commune raccordée de nouveau"));
            }
            return;
        }
        creerAdministrateurCommune(courriel, raccordement.administrateurNom(), raccordement.administrateurPrenoms(),
                codeInsee, raccordement.acteur());
    }

    /** The account of the commune's administrator whose identifier is {@code courriel}, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> administrateurCommune(String codeInsee, String courriel) {
        return administrateursCommune(codeInsee).stream().filter(c -> c.identifiant().equalsIgnoreCase(courriel))
                .map(CompteVue::id).findFirst();
    }

    /** Removes the password of a commune administrator and sends a new link. */
    public void reinitialiserAdministrateurCommune(UUID id, String codeInsee, Acteur acteur) {
        var compte = administrateurDe(id, codeInsee);
        // A replaced administrator stays out: a reset is not a way back in (as for the agents, AgentsCommune).
        if (!compte.isActif()) {
            throw new RefusCompte("Ce compte est désactivé : son titulaire a été remplacé. Ajoutez un administrateur "
                    + "plutôt que de rouvrir ce compte.");
        }
        compte.changerMotDePasse(null);
        journal.enregistrer(acteur.entree("MOT_DE_PASSE_REINITIALISE", "COMPTE", id.toString(),
                "Administrateur de la commune " + codeInsee + " : " + compte.getIdentifiant()));
        demanderLien(compte, true);
    }

    /** Disables a commune administrator and creates the person replacing them, who receives a link. */
    public UUID remplacerAdministrateurCommune(UUID ancienId, String codeInsee, String courriel, String nom,
            String prenoms, Acteur acteur) {
        var ancien = administrateurDe(ancienId, codeInsee);
        exigerLibre(Espace.MAIRIE, courriel);
        ancien.desactiver();
        var nouveau = creerAdministrateurCommune(courriel, nom, prenoms, codeInsee, acteur);
        journal.enregistrer(acteur.entree("COMPTE_REMPLACE", "COMPTE", ancienId.toString(),
                "Administrateur de la commune " + codeInsee + " : " + ancien.getIdentifiant() + " remplacé par "
                        + courriel));
        demanderLien(nouveau, false);
        return nouveau.getId();
    }

    @Transactional(readOnly = true)
    public List<UniteVue> unites() {
        return unites.vues();
    }

    @Transactional(readOnly = true)
    public Optional<UniteVue> unite(UUID id) {
        return unites.vue(id);
    }

    @Transactional(readOnly = true)
    public List<CompteVue> officiers(UUID uniteId) {
        return comptes.vuesParUnite(uniteId);
    }

    public UUID creerUnite(TypeUnite type, String nom, String adresse, String departement, Acteur acteur) {
        var unite = unites.save(new Unite(type, nom, adresse, departement, horloge.instant()));
        journal.enregistrer(acteur.entree("UNITE_CREEE", "UNITE", unite.getId().toString(),
                type.libelle() + " " + nom + " (" + departement + ")"));
        return unite.getId();
    }

    /**
     * Disables (or enables again) a unit: none of its officers may sign in or act meanwhile, whatever their own
     * account says (an enumeration alert, a unit closed or merged).
     */
    public void activerUnite(UUID uniteId, boolean active, Acteur acteur) {
        var unite = unites.findById(uniteId).orElseThrow(() -> new RefusCompte.Introuvable("Unité introuvable."));
        if (active) {
            unite.reactiver();
        } else {
            unite.desactiver();
        }
        journal.enregistrer(acteur.entree(active ? "UNITE_REACTIVEE" : "UNITE_DESACTIVEE", "UNITE", uniteId.toString(),
                unite.getNom()));
    }

    /** Disables (or enables again) one officer of the unit; their open sessions end with it (V214). */
    public void activerOfficier(UUID uniteId, UUID officierId, boolean actif, Acteur acteur) {
        var compte = comptes.findById(officierId)
                .filter(c -> c.getType() == TypeCompte.OFFICIER && uniteId.equals(c.getUniteId()))
                .orElseThrow(() -> new RefusCompte.Introuvable("Officier introuvable dans cette unité."));
        if (actif) {
            compte.reactiver();
        } else {
            compte.desactiver();
        }
        journal.enregistrer(acteur.entree(actif ? "COMPTE_REACTIVE" : "COMPTE_DESACTIVE", "COMPTE",
                officierId.toString(), "Officier " + compte.getIdentifiant()));
    }

    public UUID creerOfficier(NouvelOfficier officier, UUID uniteId, Acteur acteur) {
        if (unites.vue(uniteId).isEmpty()) {
            throw new RefusCompte.Introuvable("Unité introuvable.");
        }
        exigerLibre(Espace.POLICE, officier.identifiant());
        var compte = comptes.save(Compte.officier(officier.identifiant(), null, officier.nom(), officier.prenoms(),
                uniteId, officier.qualite(), officier.habilitationFin(), horloge.instant()));
        journal.enregistrer(acteur.entree("COMPTE_CREE", "COMPTE", compte.getId().toString(),
                "Officier " + officier.qualite() + " " + officier.identifiant() + ", habilité jusqu'au "
                        + officier.habilitationFin()));
        demanderLien(compte, false);
        return compte.getId();
    }

    /** As {@link Comptes#existe}: one check, whichever service a caller holds. */
    public boolean existe(Espace espace, String identifiant) {
        return motsDePasse.existe(espace, identifiant);
    }

    /** The account a set-password link opens on this portal, if the link is valid and meant for this portal. */
    @Transactional(readOnly = true)
    public Optional<CompteVue> compteDuLien(String jeton, Espace espace) {
        return jetons.verifier(jeton, ObjetJeton.DEFINITION_MOT_DE_PASSE)
                .flatMap(j -> comptes.vue(j.compteId()))
                .filter(c -> c.type().espace() == espace);
    }

    /**
     * Sets the password through a link (checked first with {@link MotsDePasse#refus}); false when the link is
     * unknown, expired, used, or meant for another portal. The link is used up only on success.
     */
    public boolean definirParLien(String jeton, Espace espace, String motDePasse, String ip) {
        var compte = compteDuLien(jeton, espace);
        if (compte.isEmpty() || jetons.consommer(jeton, ObjetJeton.DEFINITION_MOT_DE_PASSE).isEmpty()) {
            return false;
        }
        var c = compte.get();
        motsDePasse.definirMotDePasse(c.id(), motDePasse);
        journal.enregistrer(new EntreeAudit(espace.name(), c.id(), c.identifiant(),
                "MOT_DE_PASSE_DEFINI", "COMPTE", c.id().toString(), "Par le lien reçu par courriel", ip));
        return true;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    private Compte creerAdministrateurCommune(String courriel, String nom, String prenoms, String codeInsee,
            Acteur acteur) {
        exigerLibre(Espace.MAIRIE, courriel);
        var compte = comptes.save(Compte.mairie(TypeCompte.ADMIN_COMMUNE, courriel, null, nom, prenoms, codeInsee,
                horloge.instant()));
        journal.enregistrer(acteur.entree("COMPTE_CREE", "COMPTE", compte.getId().toString(),
                "Administrateur de la commune " + codeInsee + " : " + courriel));
        return compte;
    }

    private Compte administrateurDe(UUID id, String codeInsee) {
        return comptes.findById(id)
                .filter(c -> c.getType() == TypeCompte.ADMIN_COMMUNE && codeInsee.equals(c.getCommuneInsee()))
                .orElseThrow(() -> new RefusCompte.Introuvable("Compte introuvable."));
    }

    private void exigerLibre(Espace espace, String identifiant) {
        if (existe(espace, identifiant)) {
            throw new RefusCompte.IdentifiantPris("Un compte existe déjà avec l'identifiant " + identifiant + ".");
        }
    }

    private void demanderLien(Compte compte, boolean reinitialisation) {
        evenements.publishEvent(new LienMotDePasseDemande(compte.getId(), compte.getIdentifiant(),
                compte.getType().espace(), compte.nomAffiche(), reinitialisation));
    }

    /** An officer to create; the identifier is the officer's professional e-mail, where the link is sent. */
    public record NouvelOfficier(String identifiant, String nom, String prenoms, QualiteOfficier qualite,
            LocalDate habilitationFin) {
    }
}
