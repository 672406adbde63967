package fr.demarches.procuration;

/** Where a procuration stands, as the mandant reads it on the dashboard. */
public enum EtatProcuration {
    EN_ATTENTE_AUTORITE("En attente de validation par une autorité habilitée"),
    REFUSEE_AUTORITE("Refusée par l'autorité habilitée"),
    VALIDEE_AUTORITE("Validée par l'autorité habilitée, en attente de la commune"),
    ACCEPTEE_COMMUNE("Acceptée par la commune"),
    REFUSEE_COMMUNE("Refusée par la commune"),
    EXPIREE("Expirée"),
    RESILIEE("Résiliée");

    private final String libelle;

    EtatProcuration(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** States in which the procuration binds the mandataire (or may still, once the commune decides). */
    public boolean etablie() {
        return this == VALIDEE_AUTORITE || this == ACCEPTEE_COMMUNE;
    }
}
