package fr.demarches.commune;

public enum StatutDemande {
    DEPOSEE("À traiter"),
    ACCEPTEE("Acceptée"),
    REFUSEE("Refusée");

    private final String libelle;

    StatutDemande(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
