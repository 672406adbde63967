package fr.demarches.commune;

import java.util.UUID;

/** A commune's request was refused; the requester is told why. */
public record RaccordementRefuse(UUID demandeId, String codeInsee, String commune, String motif,
        String contactCourriel) {
}
