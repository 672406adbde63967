package fr.demarches.commune;

/** The images a commune may print on its attestations. */
public enum NatureImage {
    TAMPON("Tampon de la mairie"),
    SIGNATURE("Signature du maire");

    private final String libelle;

    NatureImage(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
