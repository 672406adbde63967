package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/** What the mairie decided when it closed a dossier: the citizen reads it instead of a bare "Dossier clos". */
public enum IssueTeledossier {
    INSCRIPTION_ACCEPTEE(Procedure.ILE, "Inscription acceptée"),
    INSCRIPTION_REFUSEE(Procedure.ILE, "Inscription refusée"),
    RECENSEMENT_EFFECTUE(Procedure.RCO, "Recensement effectué"),
    RECENSEMENT_NON_EFFECTUE(Procedure.RCO, "Recensement non effectué");

    private final Procedure procedure;
    private final String libelle;

    IssueTeledossier(Procedure procedure, String libelle) {
        this.procedure = procedure;
        this.libelle = libelle;
    }

    public Procedure procedure() {
        return procedure;
    }

    public String libelle() {
        return libelle;
    }

    /** A refusal must give its reason (the citizen contests it with the recourse the decision names). */
    public boolean motifObligatoire() {
        return this == INSCRIPTION_REFUSEE;
    }

    /**
     * A census dossier's outcome follows its state: one the mairie found non-receivable has not recorded the young
     * person, who gets no attestation for it either (AttestationsRecensement) and must be told so, not "effectué".
     */
    public static IssueTeledossier recensement(EtatTeledossier etat) {
        return etat == EtatTeledossier.NON_RECEVABLE ? RECENSEMENT_NON_EFFECTUE : RECENSEMENT_EFFECTUE;
    }

    /** Whether a census attestation may be given for a dossier: a census one, not found non-receivable. */
    public static boolean attestationPossible(Procedure procedure, EtatTeledossier etat) {
        return procedure == Procedure.RCO && recensement(etat) == RECENSEMENT_EFFECTUE;
    }

    public static java.util.List<IssueTeledossier> de(Procedure procedure) {
        return java.util.Arrays.stream(values()).filter(i -> i.procedure == procedure).toList();
    }
}
