package fr.demarches.compte;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.EvenementsUsager.AdresseDejaInscrite;
import fr.demarches.compte.EvenementsUsager.ChangementCourrielDemande;
import fr.demarches.compte.EvenementsUsager.CompteUsagerSupprime;
import fr.demarches.compte.EvenementsUsager.ConfirmationCourrielDemandee;
import fr.demarches.compte.EvenementsUsager.MotDePasseModifie;
import fr.demarches.compte.EvenementsUsager.ReinitialisationMotDePasseDemandee;
import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's own account: sign-up, confirmation of the address, forgotten password, change of password or
 * address, deletion. Whatever the address typed, the public flows behave and answer the same, so nobody learns
 * from them whether an address has an account. Each action goes to the audit journal with the caller's IP.
 */
@Service
@Transactional
public class ComptesUsagers {

    private static final String ESPACE = Espace.USAGER.name();

    /**
     * Wrong current passwords on an account before a pause, as at login: a session left open must not be a way to
     * guess the password (change of password or address, deletion of the account).
     */
    static final int ESSAIS_MOT_DE_PASSE = 5;
    static final Duration PAUSE_MOT_DE_PASSE = Duration.ofMinutes(15);
    /** Mails the public pages may send to one address per hour: enough for a real user, useless to flood a mailbox. */
    static final int COURRIELS_PAR_ADRESSE = 5;
    static final Duration FENETRE_COURRIELS = Duration.ofHours(1);

    private final CompteRepository comptes;
    private final Jetons jetons;
    private final PasswordEncoder chiffrement;
    private final ApplicationEventPublisher evenements;
    private final JournalAudit journal;
    private final LimiteurTentatives limiteur;
    private final Clock horloge;

    ComptesUsagers(CompteRepository comptes, Jetons jetons, PasswordEncoder chiffrement,
            ApplicationEventPublisher evenements, JournalAudit journal, LimiteurTentatives limiteur, Clock horloge) {
        this.limiteur = limiteur;
        this.comptes = comptes;
        this.jetons = jetons;
        this.chiffrement = chiffrement;
        this.evenements = evenements;
        this.journal = journal;
        this.horloge = horloge;
    }

    /**
     * Creates the account (disabled until confirmed) or, if the address is taken, warns its owner instead. Signing
     * up again on an account still awaiting confirmation sets the new password: whoever confirms must type the
     * latest one, so nobody can register someone else's address in advance and keep a password to it.
     */
    public void inscrire(String saisi, String motDePasse, String ip) {
        String courriel = AdresseCourriel.normalisee(saisi);
        // Hash in every case: the answer takes as long whether the address is new or not.
        String chiffre = chiffrer(motDePasse);
        Optional<Compte> existant = usager(courriel);
        if (existant.isPresent()) {
            Compte compte = existant.get();
            if (compte.courrielConfirme()) {
                envoyer(courriel, new AdresseDejaInscrite(courriel));
            } else {
                compte.changerMotDePasse(chiffre);
                envoyer(courriel, new ConfirmationCourrielDemandee(compte.getId(), courriel));
            }
            auditer(compte.getId(), courriel, "INSCRIPTION_ADRESSE_EXISTANTE", null, ip);
            return;
        }
        Compte compte = comptes.save(Compte.usager(courriel, chiffre, horloge.instant()));
        envoyer(courriel, new ConfirmationCourrielDemandee(compte.getId(), courriel));
        auditer(compte.getId(), courriel, "INSCRIPTION", null, ip);
    }

    /** Sends the confirmation link again, only to an account that still needs it. */
    public void renvoyerConfirmation(String saisi, String ip) {
        String courriel = AdresseCourriel.normalisee(saisi);
        usager(courriel).filter(c -> !c.courrielConfirme()).ifPresent(compte -> {
            envoyer(courriel, new ConfirmationCourrielDemandee(compte.getId(), courriel));
            auditer(compte.getId(), courriel, "CONFIRMATION_RENVOYEE", null, ip);
        });
    }

    @Transactional(readOnly = true)
    public boolean lienValide(String jeton, ObjetJeton objet) {
        return jetons.verifier(jeton, objet).isPresent();
    }

    /** The link proves the mailbox, the password proves it is the person who signed up (see {@link #inscrire}). */
    public Confirmation confirmerCourriel(String jeton, String motDePasse, String ip) {
        var compte = jetons.verifier(jeton, ObjetJeton.CONFIRMATION_COURRIEL)
                .flatMap(valide -> comptes.findByIdAndType(valide.compteId(), TypeCompte.USAGER));
        if (compte.isEmpty()) {
            return Confirmation.LIEN_INVALIDE;
        }
        if (!motDePasseCorrect(compte.get(), motDePasse)) {
            auditer(compte.get().getId(), compte.get().getIdentifiant(), "CONFIRMATION_REFUSEE", "mot de passe incorrect", ip);
            return Confirmation.MOT_DE_PASSE_INCORRECT;
        }
        if (jetons.consommer(jeton, ObjetJeton.CONFIRMATION_COURRIEL).isEmpty()) {
            return Confirmation.LIEN_INVALIDE;
        }
        compte.get().confirmerCourriel(horloge.instant());
        auditer(compte.get().getId(), compte.get().getIdentifiant(), "COURRIEL_CONFIRME", null, ip);
        return Confirmation.CONFIRMEE;
    }

    public void demanderReinitialisation(String saisi, String ip) {
        String courriel = AdresseCourriel.normalisee(saisi);
        usager(courriel).filter(Compte::isActif).ifPresent(compte -> {
            envoyer(courriel, new ReinitialisationMotDePasseDemandee(compte.getId(), courriel));
            auditer(compte.getId(), courriel, "REINITIALISATION_DEMANDEE", null, ip);
        });
    }

    /** Sets the new password through the e-mailed link; receiving the link also proves the address. */
    public boolean reinitialiserMotDePasse(String jeton, String motDePasse, String ip) {
        String chiffre = chiffrer(motDePasse);
        return jetons.consommer(jeton, ObjetJeton.REINITIALISATION_MOT_DE_PASSE)
                .flatMap(valide -> comptes.findByIdAndType(valide.compteId(), TypeCompte.USAGER))
                .map(compte -> {
                    compte.changerMotDePasse(chiffre);
                    if (!compte.courrielConfirme()) {
                        compte.confirmerCourriel(horloge.instant());
                    }
                    auditer(compte.getId(), compte.getIdentifiant(), "MOT_DE_PASSE_REINITIALISE", null, ip);
                    evenements.publishEvent(new MotDePasseModifie(compte.getIdentifiant()));
                    return true;
                }).orElse(false);
    }

    /**
     * Empty when the current password is wrong; otherwise the revision of the rights this change gave the account
     * (V214), which the session that made it goes on with.
     */
    public java.util.OptionalInt changerMotDePasse(UUID compteId, String actuel, String nouveau, String ip) {
        Compte compte = comptes.findByIdAndType(compteId, TypeCompte.USAGER).orElseThrow();
        if (!motDePasseCorrect(compte, actuel)) {
            auditer(compteId, compte.getIdentifiant(), "MOT_DE_PASSE_MODIFICATION_REFUSEE", "mot de passe actuel incorrect", ip);
            return java.util.OptionalInt.empty();
        }
        compte.changerMotDePasse(chiffrer(nouveau));
        auditer(compteId, compte.getIdentifiant(), "MOT_DE_PASSE_MODIFIE", null, ip);
        evenements.publishEvent(new MotDePasseModifie(compte.getIdentifiant()));
        comptes.flush();
        return java.util.OptionalInt.of(comptes.revisionDroits(compteId));
    }

    /**
     * Sends a link to the new address (or, if it already has an account, a warning to its owner, the screen
     * saying the same) and a notice to the current one. False when the password is wrong.
     */
    public boolean demanderChangementCourriel(UUID compteId, String motDePasse, String saisi, String ip) {
        String nouveau = AdresseCourriel.normalisee(saisi);
        Compte compte = comptes.findByIdAndType(compteId, TypeCompte.USAGER).orElseThrow();
        if (!motDePasseCorrect(compte, motDePasse)) {
            auditer(compteId, compte.getIdentifiant(), "CHANGEMENT_COURRIEL_REFUSE", "mot de passe incorrect", ip);
            return false;
        }
        if (usager(nouveau).isPresent()) {
            envoyer(nouveau, new AdresseDejaInscrite(nouveau));
        } else {
            envoyer(nouveau, new ChangementCourrielDemande(compteId, compte.getIdentifiant(), nouveau));
        }
        auditer(compteId, compte.getIdentifiant(), "CHANGEMENT_COURRIEL_DEMANDE", "nouvelle adresse : " + nouveau, ip);
        return true;
    }

    /** Moves the account to the address the link was sent to; false if the link is not valid or the address got taken. */
    public boolean confirmerChangementCourriel(String jeton, String ip) {
        var valide = jetons.consommer(jeton, ObjetJeton.CHANGEMENT_COURRIEL);
        if (valide.isEmpty() || usager(valide.get().donnee()).isPresent()) {
            return false;
        }
        return comptes.findByIdAndType(valide.get().compteId(), TypeCompte.USAGER).map(compte -> {
            String ancien = compte.getIdentifiant();
            compte.changerIdentifiant(valide.get().donnee());
            compte.confirmerCourriel(horloge.instant());
            auditer(compte.getId(), compte.getIdentifiant(), "COURRIEL_MODIFIE", "ancienne adresse : " + ancien, ip);
            return true;
        }).orElse(false);
    }

    /**
     * Deletes the account with its profile, documents and links (the database cascades); the audit journal and,
     * later, the requests already sent to a mairie stay, as the law requires. False when the password is wrong.
     */
    public boolean supprimer(UUID compteId, String motDePasse, String ip) {
        Compte compte = comptes.findByIdAndType(compteId, TypeCompte.USAGER).orElseThrow();
        if (!motDePasseCorrect(compte, motDePasse)) {
            auditer(compteId, compte.getIdentifiant(), "SUPPRESSION_COMPTE_REFUSEE", "mot de passe incorrect", ip);
            return false;
        }
        evenements.publishEvent(new CompteUsagerSupprime(compteId, compte.getIdentifiant()));
        comptes.delete(compte);
        auditer(compteId, compte.getIdentifiant(), "COMPTE_SUPPRIME", null, ip);
        return true;
    }

    /** The current address of a signed-in citizen (the session keeps the one typed at login). */
    @Transactional(readOnly = true)
    public String courriel(UUID compteId) {
        return comptes.findByIdAndType(compteId, TypeCompte.USAGER).orElseThrow().getIdentifiant();
    }

    /**
     * Publishes the event that mails this address, unless the public pages already mailed it too often this hour;
     * the screen says the same either way. Counted with the login throttling's shared counters.
     */
    private void envoyer(String courriel, Object evenement) {
        String cle = "courriels:" + courriel;
        if (limiteur.bloqueJusqua(List.of(cle)).isPresent()) {
            return;
        }
        limiteur.echec(cle, COURRIELS_PAR_ADRESSE, FENETRE_COURRIELS, FENETRE_COURRIELS);
        evenements.publishEvent(evenement);
    }

    private Optional<Compte> usager(String courriel) {
        return comptes.findByEspaceAndIdentifiant(Espace.USAGER, courriel);
    }

    private boolean motDePasseCorrect(Compte compte, String clair) {
        String cle = "mot-de-passe-actuel:" + compte.getId();
        if (limiteur.bloqueJusqua(List.of(cle)).isPresent()) {
            journal.enregistrerRefus(new EntreeAudit("USAGER", compte.getId(), compte.getIdentifiant(),
                    "MOT_DE_PASSE_ACTUEL_BLOQUE", "COMPTE", compte.getId().toString(), null, null));
            throw new RefusCompte.TropDEssais("Trop de mots de passe incorrects ont été saisis : réessayez dans "
                    + PAUSE_MOT_DE_PASSE.toMinutes() + " minutes.");
        }
        boolean correct = clair != null && compte.getMotDePasse() != null
                && chiffrement.matches(clair, compte.getMotDePasse());
        if (!correct) {
            limiteur.echec(cle, ESSAIS_MOT_DE_PASSE, PAUSE_MOT_DE_PASSE, PAUSE_MOT_DE_PASSE);
        }
        return correct;
    }

    private String chiffrer(String motDePasse) {
        MotsDePasse.refus(motDePasse).ifPresent(raison -> {
            throw new RefusCompte(raison);
        });
        return chiffrement.encode(motDePasse);
    }

    private void auditer(UUID compteId, String acteur, String action, String details, String ip) {
        journal.enregistrer(new EntreeAudit(ESPACE, compteId, acteur, action, "COMPTE", compteId.toString(), details, ip));
    }

    public enum Confirmation {
        CONFIRMEE, LIEN_INVALIDE, MOT_DE_PASSE_INCORRECT
    }
}
