package fr.demarches.liste;

import java.time.LocalDate;

/** One line of a commune's electoral list. */
public record Electeur(String communeInsee, String nne, TypeListe typeListe, String nomNaissance, String nomUsage,
        String prenoms, String sexe, LocalDate dateNaissance, String lieuNaissance, String bureauVote) {
}
