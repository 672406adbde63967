package fr.demarches.teledossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;

/**
 * What a mairie asks the citizen for: a message, the pieces to add or replace, the data to correct (both may be
 * empty: the message then says what is missing, as the flux retour's ADD_AWAITING does).
 */
public record DemandeComplements(String message, Set<TypeDocument> pieces, Set<DonneeACorriger> donnees) {

    /** Free text is bounded everywhere it is typed (the citizen's answer too). */
    public static final int LONGUEUR_MAX = 2000;

    public DemandeComplements {
        pieces = pieces == null || pieces.isEmpty() ? EnumSet.noneOf(TypeDocument.class) : EnumSet.copyOf(pieces);
        donnees = donnees == null || donnees.isEmpty() ? EnumSet.noneOf(DonneeACorriger.class) : EnumSet.copyOf(donnees);
    }

    /** The pieces a mairie may ask for on a procedure: the ones its form asks for. */
    public static List<TypeDocument> piecesDemandables(Procedure procedure) {
        return switch (procedure) {
            case ILE -> List.of(TypeDocument.PIECE_IDENTITE, TypeDocument.JUSTIFICATIF_DOMICILE, TypeDocument.AUTRE);
            case RCO -> List.of(TypeDocument.PIECE_IDENTITE, TypeDocument.LIVRET_FAMILLE, TypeDocument.AUTRE);
            case PROCURATION -> List.of();
        };
    }
}
