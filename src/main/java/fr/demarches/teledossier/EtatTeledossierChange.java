package fr.demarches.teledossier;

import java.util.List;

import fr.demarches.commune.Procedure;

/**
 * The mairie changed a dossier's state (or sent a comment): the citizen is told by e-mail. For a request for
 * complements, {@code piecesDemandees} and {@code donneesDemandees} name what is asked (labels); for a closing,
 * {@code issue} is the outcome's label and {@code recours} the recourse open after a refusal (else null).
 */
public record EtatTeledossierChange(String numero, Procedure procedure, String communeInsee, String courrielUsager,
        EtatTeledossier etat, String commentaire, List<String> piecesDemandees, List<String> donneesDemandees,
        String issue, String recours) {

    public EtatTeledossierChange(String numero, Procedure procedure, String communeInsee, String courrielUsager,
            EtatTeledossier etat, String commentaire) {
        this(numero, procedure, communeInsee, courrielUsager, etat, commentaire, List.of(), List.of(), null, null);
    }
}
