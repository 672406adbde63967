package fr.demarches.commune;

/**
 * What the platform needs to open a connection to a commune's sFTP server: the destination, the secret in clear
 * (a password, or a private key in OpenSSH or PEM form) and the host key fingerprint to check, null until the
 * platform administrator records it. {@code dossier} is null for the account's home folder.
 */
public record ConnexionSftp(String codeInsee, String hote, int port, String dossier, String identifiant,
        String secret, String empreinteHote) {

    /** A private key rather than a password (a PuTTY key too, so that it is refused as a key, not sent as a password). */
    public boolean parCle() {
        String debut = secret.stripLeading();
        return debut.startsWith("-----BEGIN") || debut.startsWith("PuTTY-User-Key-File");
    }

    /** Never prints the secret (logs, exceptions). */
    @Override
    public String toString() {
        return "ConnexionSftp[" + identifiant + "@" + hote + ":" + port + "/" + (dossier == null ? "" : dossier)
                + ", commune " + codeInsee + "]";
    }
}
