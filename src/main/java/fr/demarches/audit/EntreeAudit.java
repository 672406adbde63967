package fr.demarches.audit;

import java.util.UUID;

/**
 * One line of the journal. {@code espace} is the portal the actor acted from, {@code acteur} the identifier
 * as typed or known (an unknown login is recorded as typed), {@code details} a short French sentence.
 */
public record EntreeAudit(String espace, UUID acteurId, String acteur, String action, String objetType,
        String objetId, String details, String ip) {

    public static EntreeAudit systeme(String action, String objetType, String objetId, String details) {
        return new EntreeAudit(null, null, "système", action, objetType, objetId, details, null);
    }
}
