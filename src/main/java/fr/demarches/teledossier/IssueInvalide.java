package fr.demarches.teledossier;

/** A closing whose outcome does not fit the dossier, or a refusal without its reason. */
public final class IssueInvalide extends RefusTeledossier {

    public IssueInvalide(String message) {
        super(message);
    }
}
