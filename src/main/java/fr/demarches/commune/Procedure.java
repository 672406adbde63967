package fr.demarches.commune;

/** The online procedures a commune can open. */
public enum Procedure {
    ILE("Inscription sur les listes électorales"),
    RCO("Recensement citoyen obligatoire"),
    PROCURATION("Procuration de vote");

    private final String libelle;

    Procedure(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
