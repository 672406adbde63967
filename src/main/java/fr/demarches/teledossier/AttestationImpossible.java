package fr.demarches.teledossier;

/** Why no attestation de recensement can be generated now, in French, for the agent. */
public final class AttestationImpossible extends RefusTeledossier {

    public AttestationImpossible(String message) {
        super(message);
    }
}
