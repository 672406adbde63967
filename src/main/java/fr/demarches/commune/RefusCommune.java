package fr.demarches.commune;

import fr.demarches.shared.Refus;

/** What the commune rules refuse (raccordement, settings, referential), with the French message to show. */
public abstract sealed class RefusCommune extends Refus {

    private RefusCommune(String message) {
        super(message);
    }

    /** The commune is not connected to the service, or unknown to the referential. */
    public static final class NonRaccordee extends RefusCommune {
        public NonRaccordee(String message) {
            super(message);
        }
    }

    /** A raccordement request that cannot be decided: unknown, already decided, or its commune already connected. */
    public static final class DemandeImpossible extends RefusCommune {
        public DemandeImpossible(String message) {
            super(message);
        }
    }

    /** Settings the rules refuse (incomplete sFTP settings, a bad image or fingerprint, the last postal code). */
    public static final class ParametresRefuses extends RefusCommune {
        public ParametresRefuses(String message) {
            super(message);
        }
    }
}
