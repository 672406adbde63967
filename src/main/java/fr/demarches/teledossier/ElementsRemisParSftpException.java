package fr.demarches.teledossier;

/** The dossier's elements are delivered to the commune's sFTP server: the Gestionnaire de Suivi does not offer them. */
public class ElementsRemisParSftpException extends RuntimeException {

    public ElementsRemisParSftpException(NumeroTeledossier numero) {
        super("Les éléments du dossier " + numero + " sont déposés sur le serveur sFTP de la mairie");
    }
}
