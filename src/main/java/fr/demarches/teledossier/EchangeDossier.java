package fr.demarches.teledossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.demarches.document.TypeDocument;

/**
 * One message of a dossier's conversation, oldest first: the mairie's request for complements ({@code mairie}),
 * or the citizen's answer with its pieces and corrections. {@code auteur}: the agent for the mairie's screens,
 * "Votre mairie" for the citizen's.
 */
public record EchangeDossier(Instant horodatage, boolean mairie, String auteur, String message,
        List<TypeDocument> piecesDemandees, List<DonneeACorriger> donneesDemandees,
        Map<DonneeACorriger, String> corrections, List<PieceEchangee> pieces) {

    /** A piece brought by an answer; {@code version} 2 replaces the first piece of that type, and so on. */
    public record PieceEchangee(TypeDocument type, int version, String nom) {
    }
}
