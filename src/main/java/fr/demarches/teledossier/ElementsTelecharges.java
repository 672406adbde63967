package fr.demarches.teledossier;

import java.time.Instant;

import fr.demarches.commune.Procedure;

/**
 * What the mairie downloads: the number and date for the file names and footers, the typed form data, and the
 * frozen copies of the pieces (in their order) to read with {@code Documents#ouvrirFige}.
 */
public record ElementsTelecharges(String numero, Procedure procedure, Instant deposeLe, Object donnees,
        java.util.List<Piece> pieces) {

    public ElementsTelecharges(String numero, Procedure procedure, Instant deposeLe, Object donnees) {
        this(numero, procedure, deposeLe, donnees, java.util.List.of());
    }

    /** {@code documentFigeId}: the frozen copy; {@code type}: what it proves. */
    public record Piece(java.util.UUID documentFigeId, fr.demarches.document.TypeDocument type) {
    }
}
