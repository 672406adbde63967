package fr.demarches.teledossier;

/** A document chosen as a piece is no longer in the citizen's space when the request is sent. */
public final class PieceIntrouvable extends RefusTeledossier {

    public PieceIntrouvable() {
        super("Un justificatif choisi ne fait plus partie de vos documents : choisissez-le de nouveau à l'étape "
                + "« Vos justificatifs ».");
    }
}
