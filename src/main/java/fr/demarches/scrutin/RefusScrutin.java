package fr.demarches.scrutin;

import fr.demarches.shared.Refus;

/** What the calendar rules refuse (an election gone meanwhile, inconsistent dates), in French. */
public final class RefusScrutin extends Refus {

    public RefusScrutin(String message) {
        super(message);
    }
}
