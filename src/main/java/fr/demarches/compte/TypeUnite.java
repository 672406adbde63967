package fr.demarches.compte;

public enum TypeUnite {
    COMMISSARIAT("Commissariat de police"),
    BRIGADE_GENDARMERIE("Brigade de gendarmerie");

    private final String libelle;

    TypeUnite(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
