package fr.demarches.echange.internal;

/** A connection or transfer that failed, with the French explanation the administrator reads. */
public class ErreurSftp extends Exception {

    public ErreurSftp(String message) {
        super(message);
    }

    public ErreurSftp(String message, Throwable cause) {
        super(message, cause);
    }

    /** The server presented another host key than the recorded one: refused before any credential was sent. */
    public static class CleHoteRefusee extends ErreurSftp {

        CleHoteRefusee(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
