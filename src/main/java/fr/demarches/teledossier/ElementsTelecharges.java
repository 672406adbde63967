package fr.demarches.teledossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.elements.DonneesDemande;

/**
 * What the mairie downloads: the number and date for the file names and footers, the typed form data, and the
 * frozen copies of the pieces (in their order) to read with {@code Documents#ouvrirFige}.
 */
public record ElementsTelecharges(String numero, Procedure procedure, Instant deposeLe, DonneesDemande donnees,
        List<Piece> pieces) {

    /** {@code documentFigeId}: the frozen copy; {@code type}: what it proves. */
    public record Piece(UUID documentFigeId, TypeDocument type) {
    }
}
