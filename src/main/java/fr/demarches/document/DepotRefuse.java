package fr.demarches.document;

/** A file the document space does not accept; the message, in French, is shown to the user as is. */
public class DepotRefuse extends RuntimeException {

    public DepotRefuse(String message) {
        super(message);
    }
}
