package fr.demarches.teledossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.elements.DonneesDemande;

/**
 * What the mairie downloads: the number and date for the file names and footers, the typed form data, the frozen
 * copies of the pieces (in their order) to read with {@code Documents#ouvrirFige}, and the conversation (requests
 * for complements and answers) that the XML and the CERFA recap list.
 */
public record ElementsTelecharges(String numero, Procedure procedure, Instant deposeLe, DonneesDemande donnees,
        List<Piece> pieces, List<EchangeDossier> echanges) {

    /**
     * {@code documentFigeId}: the frozen copy; {@code type}: what it proves; {@code version}: 1 for the first of its
     * type, 2 for its replacement…; {@code complement}: brought by an answer to a request for complements.
     */
    public record Piece(UUID documentFigeId, TypeDocument type, int version, boolean complement) {
    }
}
