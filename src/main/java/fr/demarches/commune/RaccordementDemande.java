package fr.demarches.commune;

import java.util.UUID;

/** A commune asked to join: the requester receives an acknowledgement with the request's reference. */
public record RaccordementDemande(UUID demandeId, String reference, String commune, String contactCourriel) {
}
