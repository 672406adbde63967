package fr.demarches.teledossier.elements;

/** A postal address split as the State's files split it. Empty parts are null, never the text "null". */
public record Adresse(String numeroVoie, String extension, String typeVoie, String nomVoie, String complement,
        String lieuDit, String codePostal, String localite, String codeInsee) {

    /** "25 bis allée Camille Muffat" — the street line as a person writes it. */
    public String voie() {
        return Textes.joindre(" ", numeroVoie, extension, typeVoie, nomVoie);
    }
}
