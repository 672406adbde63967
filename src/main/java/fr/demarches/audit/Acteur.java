package fr.demarches.audit;

import java.util.UUID;

/** Who acts, from which portal and address: what every journal entry of a screen action starts with. */
public record Acteur(String espace, UUID id, String identifiant, String ip) {

    public EntreeAudit entree(String action, String objetType, String objetId, String details) {
        return new EntreeAudit(espace, id, identifiant, action, objetType, objetId, details, ip);
    }
}
