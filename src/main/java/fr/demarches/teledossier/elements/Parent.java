package fr.demarches.teledossier.elements;

import java.time.LocalDate;

/** A parent for the filiation of an RCO; {@code inconnu} when the citizen declares the parent unknown. */
public record Parent(boolean inconnu, String nomFamille, String prenoms, LocalDate dateNaissance,
        LieuNaissance lieuNaissance, String nationalite) {

    public static Parent nonConnu() {
        return new Parent(true, null, null, null, null, null);
    }
}
