package fr.demarches.teledossier;

import fr.demarches.shared.Refus;

/**
 * What the télédossier rules refuse, each with its French message. Sealed: a screen that catches one kind knows
 * exactly which answers exist, and an unexpected {@link IllegalStateException} is never read as one of them.
 */
public abstract sealed class RefusTeledossier extends Refus permits TeledossierIntrouvableException,
        TransitionInterditeException, MotifReouvertureManquant, ElementsPurgesException, ElementsRemisParSftpException,
        DemarcheNonOuverte, PieceIntrouvable, AttestationImpossible, ReponseImpossible,
        IssueInvalide, EtatChangeEntreTemps {

    RefusTeledossier(String message) {
        super(message);
    }
}
