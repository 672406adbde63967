package fr.demarches.compte;

import java.time.Instant;
import java.util.UUID;

/**
 * A Gestionnaire de Suivi login passed the password step and needs a code by e-mail. The code itself is minted by
 * the listener that sends the mail ({@link CodesVerification#emettre}), so it never sits in the event registry.
 */
public record CodeVerificationDemande(UUID compteId, String courriel, String nomAffiche, Instant demandeLe,
        String ip) {
}
