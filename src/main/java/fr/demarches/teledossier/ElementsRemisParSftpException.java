package fr.demarches.teledossier;

/** The dossier's elements are delivered to the commune's sFTP server: the Gestionnaire de Suivi does not offer them. */
public final class ElementsRemisParSftpException extends RefusTeledossier {

    public ElementsRemisParSftpException() {
        super("La commune reçoit ses télédossiers sur son serveur sFTP : les éléments de ce dossier y sont déposés et "
                + "ne se téléchargent pas ici.");
    }
}
