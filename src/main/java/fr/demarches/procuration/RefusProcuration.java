package fr.demarches.procuration;

import fr.demarches.shared.Refus;

/** What the procuration rules refuse, with the French message to show. */
public abstract sealed class RefusProcuration extends Refus permits RefusProcuration.EtatIncompatible,
        RefusProcuration.CommuneFermee, RefusProcuration.SaisieIncomplete, RechercheLimiteeException {

    RefusProcuration(String message) {
        super(message);
    }

    /** The procuration is no longer in the state the action starts from (decided meanwhile, expired…). */
    public static final class EtatIncompatible extends RefusProcuration {
        public EtatIncompatible(String message) {
            super(message);
        }
    }

    /** The commune does not receive procurations online. */
    public static final class CommuneFermee extends RefusProcuration {
        public CommuneFermee(String message) {
            super(message);
        }
    }

    /** A decision without what it needs: the identity document checked, or the reason of a refusal. */
    public static final class SaisieIncomplete extends RefusProcuration {
        public SaisieIncomplete(String message) {
            super(message);
        }
    }
}
