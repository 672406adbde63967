package fr.demarches.echange.internal;

/** A connection or transfer that failed, with the French explanation the administrators read. */
public class ErreurSftp extends Exception {

    public ErreurSftp(String message) {
        super(message);
    }

    public ErreurSftp(String message, Throwable cause) {
        super(message, cause);
    }

    /** The server presented another host key than the recorded one: refused before any credential was sent. */
    public static class CleHoteRefusee extends ErreurSftp {

        private final ClientSftp.CleHote presentee;

        CleHoteRefusee(String message, Throwable cause, ClientSftp.CleHote presentee) {
            super(message, cause);
            this.presentee = presentee;
        }

        /** The key the server presented instead. */
        public ClientSftp.CleHote presentee() {
            return presentee;
        }
    }

    /** The commune's private key cannot be used (format, passphrase, type): said before any connection. */
    public static class CleIllisible extends ErreurSftp {

        CleIllisible(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
