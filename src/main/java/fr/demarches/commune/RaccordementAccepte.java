package fr.demarches.commune;

import java.time.LocalDate;
import java.util.UUID;

/** A commune's request was accepted: its administrator must receive a link to set a password. */
public record RaccordementAccepte(UUID demandeId, String codeInsee, String commune, LocalDate dateEffet,
        UUID administrateurId, String administrateurCourriel, String contactCourriel) {
}
