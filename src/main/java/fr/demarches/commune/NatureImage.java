package fr.demarches.commune;

/** The images a commune may print on its attestations. */
public enum NatureImage {
    TAMPON("Tampon de la mairie", "le tampon de la mairie"),
    SIGNATURE("Signature du maire", "la signature du maire ou de l'agent habilité");

    private final String libelle;
    private final String designation;

    NatureImage(String libelle, String designation) {
        this.libelle = libelle;
        this.designation = designation;
    }

    public String libelle() {
        return libelle;
    }

    /** The image named within a sentence ("enregistrer le tampon de la mairie"). */
    public String designation() {
        return designation;
    }
}
