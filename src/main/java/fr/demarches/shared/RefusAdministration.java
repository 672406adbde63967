package fr.demarches.shared;

/** An administration action the rules forbid; the message is French and meant for the screen. */
public class RefusAdministration extends Refus {

    public RefusAdministration(String message) {
        super(message);
    }
}
