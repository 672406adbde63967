package fr.demarches.shared;

/**
 * A business refusal: the rules forbid what was asked. The message is French and meant for the screen; each
 * portal's advice shows it on the page. Each module declares its own kinds (a sealed hierarchy per module, since
 * a sealed type cannot span packages), so that an unexpected {@link IllegalStateException} is never mistaken for a
 * business answer.
 */
public abstract class Refus extends RuntimeException {

    protected Refus(String message) {
        // No stack trace: a refusal is an expected answer, not a fault.
        super(message, null, false, false);
    }
}
