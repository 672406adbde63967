package fr.demarches.teledossier;

/** A state change the rules do not allow; the screens only offer allowed ones, so this means a forged request. */
public class TransitionInterditeException extends RuntimeException {

    public TransitionInterditeException(EtatTeledossier depuis, EtatTeledossier vers) {
        super("Passage interdit de « " + depuis.libelle() + " » à « " + vers.libelle() + " »");
    }
}
