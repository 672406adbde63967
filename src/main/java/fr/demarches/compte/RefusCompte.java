package fr.demarches.compte;

import fr.demarches.shared.Refus;

/**
 * What the account rules refuse, with the French message the screen shows: the last platform administrator, a
 * disabled account to reset, a password against the house rules ({@link MotsDePasse#refus}), and the two kinds a
 * screen answers in its own way.
 */
public sealed class RefusCompte extends Refus
        permits RefusCompte.IdentifiantPris, RefusCompte.Introuvable, RefusCompte.TropDEssais {

    public RefusCompte(String message) {
        super(message);
    }

    /** The address already identifies an account of that portal: the form shows it next to the field. */
    public static final class IdentifiantPris extends RefusCompte {
        public IdentifiantPris(String message) {
            super(message);
        }
    }

    /** No account or unit this action may touch (unknown, of another kind or commune): a screen may answer 404. */
    public static final class Introuvable extends RefusCompte {
        public Introuvable(String message) {
            super(message);
        }
    }

    /** Too many wrong passwords typed on this account lately: the form says so next to the password field. */
    public static final class TropDEssais extends RefusCompte {
        public TropDEssais(String message) {
            super(message);
        }
    }
}
