package fr.demarches.compte;

import java.util.UUID;

/**
 * An account created or reset ({@code reinitialisation}) by an administrator needs a link to set its password. The token is issued by the
 * listener that sends the mail, so the raw token never sits in the event registry.
 */
public record LienMotDePasseDemande(UUID compteId, String courriel, Espace espace, String nomAffiche,
        boolean reinitialisation) {
}
