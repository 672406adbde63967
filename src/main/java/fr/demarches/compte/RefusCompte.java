package fr.demarches.compte;

import fr.demarches.shared.Refus;

/** What the account rules refuse, with the French message the screen shows. */
public abstract sealed class RefusCompte extends Refus {

    private RefusCompte(String message) {
        super(message);
    }

    /** The address already identifies an account of that portal. */
    public static final class IdentifiantPris extends RefusCompte {
        public IdentifiantPris(String message) {
            super(message);
        }
    }

    /** No account or unit this action may touch: unknown, of another kind, or of another commune. */
    public static final class Introuvable extends RefusCompte {
        public Introuvable(String message) {
            super(message);
        }
    }

    /** The rules forbid the action on this account as it stands (the last administrator, a disabled account). */
    public static final class Interdit extends RefusCompte {
        public Interdit(String message) {
            super(message);
        }
    }

    /** The password breaks the house rules ({@link MotsDePasse#refus}). */
    public static final class MotDePasseRefuse extends RefusCompte {
        public MotDePasseRefuse(String message) {
            super(message);
        }
    }
}
