package fr.demarches.commune;

/**
 * The commune's stored sFTP secret no longer deciphers (stored under a former {@code app.chiffrement.cle}): its
 * exchanges wait until an administrator types the secret again; the other communes' go on.
 */
public final class ParametresSftpIllisibles extends RuntimeException {

    ParametresSftpIllisibles(RuntimeException cause) {
        super("Paramètres sFTP de la commune illisibles (" + cause.getMessage() + ") : ressaisissez le secret dans "
                + "l'administration.", cause);
    }
}
