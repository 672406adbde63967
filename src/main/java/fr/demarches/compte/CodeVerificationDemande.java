package fr.demarches.compte;

import java.time.Instant;
import java.util.UUID;

/**
 * A login to the Gestionnaire de Suivi ({@link Espace#MAIRIE}) or to the officers' portal ({@link Espace#POLICE})
 * passed the password step and needs a code by e-mail. The code itself is minted by the listener that sends the
 * mail ({@link CodesVerification#emettre}), so it never sits in the event registry.
 */
public record CodeVerificationDemande(UUID compteId, String courriel, String nomAffiche, Instant demandeLe,
        String ip, Espace espace) {

    /** A request recorded before the officers had a second factor carries no portal: it was a mairie's. */
    public CodeVerificationDemande {
        espace = espace == null ? Espace.MAIRIE : espace;
    }
}
