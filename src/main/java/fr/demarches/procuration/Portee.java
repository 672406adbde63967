package fr.demarches.procuration;

/** What the procuration covers. */
public enum Portee {
    UN_TOUR("Un tour de scrutin"),
    DEUX_TOURS("Les deux tours d'un scrutin"),
    PERIODE("Une période d'un an au plus");

    private final String libelle;

    Portee(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
