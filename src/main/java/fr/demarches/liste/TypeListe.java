package fr.demarches.liste;

/** The three lists of a commune, with the code used in the CSV file. */
public enum TypeListe {
    GENERALE("generale", "Liste générale"),
    MUNICIPALE("municipale", "Liste complémentaire municipale"),
    EUROPEENNE("europeenne", "Liste complémentaire européenne");

    private final String code;
    private final String libelle;

    TypeListe(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public static java.util.Optional<TypeListe> deCode(String code) {
        for (TypeListe t : values()) {
            if (t.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
