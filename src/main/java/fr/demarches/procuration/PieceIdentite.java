package fr.demarches.procuration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The identity documents an officer records when validating: the mandant shows "une pièce d'identité" to the officer
 * (mission, procuration 2022 model). The screen offers these and only these; the record keeps the label.
 */
public enum PieceIdentite {
    CNI("Carte nationale d’identité"),
    PASSEPORT("Passeport"),
    TITRE_SEJOUR("Titre de séjour"),
    PERMIS_CONDUIRE("Permis de conduire");

    private final String libelle;

    PieceIdentite(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** The document chosen in the form (its code, or its label as older forms sent it); empty for anything else. */
    public static Optional<PieceIdentite> depuis(String saisie) {
        if (saisie == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(p -> p.name().equals(saisie) || p.libelle.equals(saisie)).findFirst();
    }
}
