package fr.demarches.compte;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.compte.internal.CompteRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints the single-use links the citizen receives by e-mail and says how long each one works. Called by the
 * mail listener at the moment it sends, so a resent mail carries a fresh link that supersedes the older ones.
 * Empty when the account was deleted in between: there is nothing left to send, and retrying would fail forever.
 * The token commits on its own, before the mail leaves: a link is never delivered before it works. If the send
 * then fails, the unused token is superseded by the one the retry mints.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LiensParCourriel {

    public static final Duration VALIDITE_CONFIRMATION = Duration.ofHours(24);
    public static final Duration VALIDITE_REINITIALISATION = Duration.ofHours(1);
    public static final Duration VALIDITE_CHANGEMENT_COURRIEL = Duration.ofHours(24);

    private final Jetons jetons;
    private final CompteRepository comptes;

    LiensParCourriel(Jetons jetons, CompteRepository comptes) {
        this.jetons = jetons;
        this.comptes = comptes;
    }

    /** A path (to put after the public URL) confirming the account's address. */
    public Optional<String> confirmationCourriel(UUID compteId) {
        return lien(compteId, "/confirmation/courriel", ObjetJeton.CONFIRMATION_COURRIEL, VALIDITE_CONFIRMATION, null);
    }

    public Optional<String> reinitialisationMotDePasse(UUID compteId) {
        return lien(compteId, "/mot-de-passe/nouveau", ObjetJeton.REINITIALISATION_MOT_DE_PASSE,
                VALIDITE_REINITIALISATION, null);
    }

    public Optional<String> changementCourriel(UUID compteId, String nouveauCourriel) {
        return lien(compteId, "/confirmation/nouvelle-adresse", ObjetJeton.CHANGEMENT_COURRIEL,
                VALIDITE_CHANGEMENT_COURRIEL, nouveauCourriel);
    }

    private Optional<String> lien(UUID compteId, String chemin, ObjetJeton objet, Duration validite, String donnee) {
        if (!comptes.existsById(compteId)) {
            return Optional.empty();
        }
        return Optional.of(chemin + "?jeton=" + jetons.emettre(compteId, objet, validite, donnee));
    }
}
