package fr.demarches.teledossier;

/** A state change the rules do not allow ({@link EtatTeledossier#permet}); the screens only offer allowed ones. */
public final class TransitionInterditeException extends RefusTeledossier {

    private final EtatTeledossier depuis;

    public TransitionInterditeException(EtatTeledossier depuis, EtatTeledossier vers) {
        super("Passage interdit de « " + depuis.libelle() + " » à « " + vers.libelle() + " »");
        this.depuis = depuis;
    }

    public EtatTeledossier depuis() {
        return depuis;
    }
}
