package fr.demarches.teledossier.elements;

/** As the State's files code it: 1 for a man, 2 for a woman (civility M / MME). */
public enum Sexe {
    M("1", "M", "Masculin"), F("2", "MME", "Féminin");

    private final String code;
    private final String civilite;
    private final String libelle;

    Sexe(String code, String civilite, String libelle) {
        this.code = code;
        this.civilite = civilite;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String civilite() {
        return civilite;
    }

    public String libelle() {
        return libelle;
    }
}
