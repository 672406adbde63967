package fr.demarches.teledossier;

/** The citizen's answer or the mairie's request for complements cannot be recorded; the message says why. */
public final class ReponseImpossible extends RefusTeledossier {

    public ReponseImpossible(String message) {
        super(message);
    }
}
