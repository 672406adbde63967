package fr.demarches.procuration;

import java.util.UUID;

/** Who acts (officer, agent, mandant), for the procuration's record and the audit journal. */
public record Acteur(UUID id, String libelle, UUID uniteId, String ip) {
}
