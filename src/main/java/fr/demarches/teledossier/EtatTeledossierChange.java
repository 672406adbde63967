package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/** The mairie changed a dossier's state (or sent a comment): the citizen is told by e-mail. */
public record EtatTeledossierChange(String numero, Procedure procedure, String communeInsee, String courrielUsager,
        EtatTeledossier etat, String commentaire) {
}
