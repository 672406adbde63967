package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/** The mairie deposited a document (an attestation…) for the citizen of a dossier: the citizen is told by e-mail. */
public record DocumentDeposePourUsager(String numero, Procedure procedure, String communeInsee, String courrielUsager,
        String nomFichier) {
}
