package fr.demarches.commune;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.internal.DemandeRaccordement.Contact;
import fr.demarches.commune.internal.DemandeRaccordement.SftpChiffre;
import fr.demarches.commune.internal.DemandeRaccordement;
import fr.demarches.commune.internal.DemandeRaccordementRepository;
import fr.demarches.commune.internal.Raccordement;
import fr.demarches.commune.internal.RaccordementRepository;
import fr.demarches.shared.Chiffrement;
import fr.demarches.shared.JoursOuvres;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communes ask to join; a platform administrator accepts (the connection takes effect on the first working day
 * of the following month) or refuses with a reason. Accepting publishes {@link RaccordementAccepte} inside the
 * transaction: the accounts module opens the commune administrator's account as it is published, so an address
 * taken by another commune's account refuses the whole acceptance.
 */
@Service
@Transactional
public class DemandesRaccordement {

    /** Said next to the commune when a request of it is already under examination (one at a time, V210). */
    public static final String DEJA_EN_COURS = "Une demande de raccordement de cette commune est déjà en cours d'examen.";

    /** The index that keeps one request under examination per commune (V210). */
    public static final String UNE_EN_COURS = "demande_raccordement_une_deposee";

    private final DemandeRaccordementRepository demandes;
    private final RaccordementRepository raccordements;
    private final Referentiel referentiel;
    private final Chiffrement chiffrement;
    private final JournalAudit journal;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    DemandesRaccordement(DemandeRaccordementRepository demandes, RaccordementRepository raccordements,
            Referentiel referentiel, Chiffrement chiffrement, JournalAudit journal,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.demandes = demandes;
        this.raccordements = raccordements;
        this.referentiel = referentiel;
        this.chiffrement = chiffrement;
        this.journal = journal;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** The rules across fields and against the database, as field → French message (empty: acceptable). */
    @Transactional(readOnly = true)
    public Map<String, String> verifier(FormulaireRaccordement f) {
        var erreurs = new LinkedHashMap<String, String>();
        var communes = referentiel.parCodePostal(f.codePostal());
        if (!communes.isEmpty()) {
            if (f.codeInsee() == null || f.codeInsee().isBlank()) {
                erreurs.put("codeInsee", "Choisissez la commune.");
            } else if (communes.stream().noneMatch(c -> c.codeInsee().equals(f.codeInsee()))) {
                erreurs.put("codeInsee", "Choisissez une commune desservie par ce code postal.");
            } else if (raccordements.existsById(f.codeInsee())) {
                erreurs.put("codeInsee", "Cette commune est déjà raccordée : son administrateur modifie ses "
                        + "paramètres dans le Gestionnaire de Suivi.");
            } else if (demandes.existsByCodeInseeAndStatut(f.codeInsee(), StatutDemande.DEPOSEE)) {
                erreurs.put("codeInsee", DEJA_EN_COURS);
            }
        } else if (f.codePostal() != null && f.codePostal().strip().matches("\\d{5}")) {
            erreurs.put("codePostal", "Aucune commune n'a ce code postal. Vérifiez-le.");
        }
        if (f.mode() == ModeRaccordement.SFTP) {
            if (vide(f.sftpHote())) {
                erreurs.put("sftpHote", "Indiquez l'adresse du serveur sFTP.");
            } else if (!f.sftpHote().strip().matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\]")) {
                erreurs.put("sftpHote", "Saisissez un nom de serveur ou une adresse IP, par exemple sftp.mairie-exemple.fr.");
            }
            if (port(f.sftpPort()) == null) {
                erreurs.put("sftpPort", "Saisissez un port entre 1 et 65535, par exemple 22.");
            }
            if (vide(f.sftpIdentifiant())) {
                erreurs.put("sftpIdentifiant", "Indiquez l'identifiant de connexion au serveur sFTP.");
            }
            if (vide(f.sftpSecret())) {
                erreurs.put("sftpSecret", "Indiquez le mot de passe ou la clé privée que la plateforme utilisera.");
            }
            if (vide(f.techniqueNom())) {
                erreurs.put("techniqueNom", "Indiquez le nom du contact technique (obligatoire en mode sFTP).");
            }
            if (vide(f.techniqueCourriel())) {
                erreurs.put("techniqueCourriel", "Indiquez l'adresse électronique du contact technique (obligatoire en mode sFTP).");
            }
        }
        return erreurs;
    }

    /**
     * Records a request that passed {@link #verifier} and acknowledges it to the requester
     * ({@link RaccordementDemande}); returns its reference ("R-7K2M9QXA").
     */
    public String deposer(FormulaireRaccordement f, String ip) {
        var technique = vide(f.techniqueNom()) && vide(f.techniqueCourriel()) && vide(f.techniqueTelephone()) ? null
                : new Contact(net(f.techniqueNom()), null, net(f.techniqueCourriel()), net(f.techniqueTelephone()));
        SftpChiffre sftp = f.mode() == ModeRaccordement.SFTP
                ? new SftpChiffre(f.sftpHote().strip(), port(f.sftpPort()), net(f.sftpDossier()),
                        f.sftpIdentifiant().strip(), chiffrement.chiffrer(f.sftpSecret()))
                : null;
        var demande = demandes.save(new DemandeRaccordement(nouvelleReference(), f.codeInsee(), Set.copyOf(f.procedures()), f.mode(),
                f.boiteFonctionnelle().strip(),
                new Contact(f.contactNom().strip(), net(f.contactFonction()), f.contactCourriel().strip(),
                        f.contactTelephone().strip()),
                technique, sftp,
                new Contact(f.administrateurNom().strip(), null, f.administrateurCourriel().strip(), null),
                f.administrateurPrenoms().strip(), horloge.instant()));
        journal.enregistrer(new EntreeAudit(null, null, demande.getContactCourriel(), "RACCORDEMENT_DEMANDE",
                "DEMANDE_RACCORDEMENT", demande.getId().toString(), "Demande de la commune " + f.codeInsee()
                        + ", référence " + demande.getReference(), ip));
        evenements.publishEvent(new RaccordementDemande(demande.getId(), demande.getReference(),
                nomCommune(f.codeInsee()), demande.getContactCourriel()));
        return demande.getReference();
    }

    /** Requests waiting for a decision, for the administration's home page. */
    @Transactional(readOnly = true)
    public long enAttente() {
        return demandes.countByStatut(StatutDemande.DEPOSEE);
    }

    /** "R-" and 8 characters without the ones read alike (0/O, 1/I/L): easy to read out on the phone. */
    private String nouvelleReference() {
        String reference;
        do {
            var lettres = new StringBuilder("R-");
            for (int i = 0; i < 8; i++) {
                lettres.append(ALPHABET_REFERENCE.charAt(HASARD.nextInt(ALPHABET_REFERENCE.length())));
            }
            reference = lettres.toString();
        } while (demandes.existsByReference(reference));
        return reference;
    }

    private static final String ALPHABET_REFERENCE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final java.security.SecureRandom HASARD = new java.security.SecureRandom();

    @Transactional(readOnly = true)
    public List<DemandeVue> toutes() {
        return demandes.findAllByOrderByDeposeeLeDesc().stream().map(this::vue).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DemandeVue> demande(UUID id) {
        return demandes.findById(id).map(this::vue);
    }

    /** Accepts: the connection takes effect on the first working day of next month; returns that date. */
    public LocalDate accepter(UUID id, Acteur acteur) {
        var demande = demandes.findById(id).orElseThrow(() -> new RefusCommune("Demande introuvable."));
        if (raccordements.existsById(demande.getCodeInsee())) {
            throw new RefusCommune("Cette commune est déjà raccordée.");
        }
        Instant maintenant = horloge.instant();
        LocalDate effet = JoursOuvres.premierOuvreDuMoisSuivant(LocalDate.now(horloge));
        demande.accepter(effet, maintenant);
        var raccordement = new Raccordement(demande.getCodeInsee(), demande.getMode(),
                demande.getBoiteFonctionnelle(), demande.procedures(), effet, maintenant);
        if (demande.getMode() == ModeRaccordement.SFTP) {
            raccordement.recevoirPar(ModeRaccordement.SFTP, new ParametresSftp(demande.getSftpHote(),
                    demande.getSftpPort(), demande.getSftpDossier(), demande.getSftpIdentifiant()),
                    demande.getSftpSecret());
        }
        raccordements.save(raccordement);
        String commune = nomCommune(demande.getCodeInsee());
        journal.enregistrer(acteur.entree("RACCORDEMENT_ACCEPTE", "DEMANDE_RACCORDEMENT", id.toString(),
                commune + " (" + demande.getCodeInsee() + "), effet le " + effet));
        evenements.publishEvent(new RaccordementAccepte(id, demande.getCodeInsee(), commune, effet,
                demande.getAdministrateurCourriel(), demande.getAdministrateurNom(), demande.getAdministrateurPrenoms(),
                demande.getContactCourriel(), acteur));
        return effet;
    }

    public void refuser(UUID id, String motif, Acteur acteur) {
        var demande = demandes.findById(id).orElseThrow(() -> new RefusCommune("Demande introuvable."));
        demande.refuser(motif, horloge.instant());
        String commune = nomCommune(demande.getCodeInsee());
        journal.enregistrer(acteur.entree("RACCORDEMENT_REFUSE", "DEMANDE_RACCORDEMENT", id.toString(),
                commune + " (" + demande.getCodeInsee() + ") : " + demande.getMotifRefus()));
        evenements.publishEvent(new RaccordementRefuse(id, demande.getCodeInsee(), commune, demande.getMotifRefus(),
                demande.getContactCourriel()));
    }

    private String nomCommune(String codeInsee) {
        return referentiel.parCodeInsee(codeInsee).map(CommuneResume::libelle).orElse(codeInsee);
    }

    private DemandeVue vue(DemandeRaccordement d) {
        return new DemandeVue(d.getId(), d.getCodeInsee(), nomCommune(d.getCodeInsee()), d.procedures(), d.getMode(),
                d.getBoiteFonctionnelle(), d.getContactNom(), d.getContactFonction(), d.getContactCourriel(),
                d.getContactTelephone(), d.getTechniqueNom(), d.getTechniqueCourriel(), d.getTechniqueTelephone(),
                d.getSftpHote(), d.getSftpPort(), d.getSftpDossier(), d.getSftpIdentifiant(),
                d.getSftpSecret() != null, d.getAdministrateurPrenoms() + " " + d.getAdministrateurNom(),
                d.getAdministrateurCourriel(), d.getStatut(), d.getMotifRefus(), d.getDateEffet(), d.getDeposeeLe(),
                d.getReference());
    }

    static Integer port(String saisie) {
        if (saisie == null || !saisie.strip().matches("\\d{1,5}")) {
            return null;
        }
        int port = Integer.parseInt(saisie.strip());
        return port >= 1 && port <= 65535 ? port : null;
    }

    private static boolean vide(String s) {
        return s == null || s.isBlank();
    }

    private static String net(String s) {
        return vide(s) ? null : s.strip();
    }

    /** A request as the administration reads it: the sFTP secret only as "provided". */
    public record DemandeVue(UUID id, String codeInsee, String commune, Set<Procedure> procedures,
            ModeRaccordement mode, String boiteFonctionnelle, String contactNom, String contactFonction,
            String contactCourriel, String contactTelephone, String techniqueNom, String techniqueCourriel,
            String techniqueTelephone, String sftpHote, Integer sftpPort, String sftpDossier, String sftpIdentifiant,
            boolean secretFourni, String administrateur, String administrateurCourriel, StatutDemande statut,
            String motifRefus, LocalDate dateEffet, Instant deposeeLe, String reference) {
    }
}
