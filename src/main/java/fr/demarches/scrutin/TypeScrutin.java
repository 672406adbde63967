package fr.demarches.scrutin;

public enum TypeScrutin {
    PRESIDENTIELLE("Élection présidentielle"),
    LEGISLATIVES("Élections législatives"),
    EUROPEENNES("Élections européennes"),
    MUNICIPALES("Élections municipales"),
    REGIONALES("Élections régionales"),
    DEPARTEMENTALES("Élections départementales"),
    REFERENDUM("Référendum");

    private final String libelle;

    TypeScrutin(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
