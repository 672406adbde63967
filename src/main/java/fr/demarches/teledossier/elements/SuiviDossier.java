package fr.demarches.teledossier.elements;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to a dossier after its form was filled, for the XML data file and the CERFA recap: every piece with
 * its version (the originals stay, a replacement is version 2…), and the requests for complements with the
 * citizen's answers, oldest first. Values are the codes and labels the screens use; free text as typed.
 */
public record SuiviDossier(List<Piece> pieces, List<Echange> echanges) {

    public static final SuiviDossier VIDE = new SuiviDossier(List.of(), List.of());

    public SuiviDossier {
        pieces = List.copyOf(pieces);
        echanges = List.copyOf(echanges);
    }

    /** {@code type}: the TypeDocument code; {@code libelle}: its label; {@code complement}: brought by an answer. */
    public record Piece(String type, String libelle, int version, boolean complement) {
    }

    /**
     * {@code mairie}: a request for complements, else the citizen's answer. Demanded pieces and data, corrections:
     * code to label (or to the corrected value).
     */
    public record Echange(Instant date, boolean mairie, String message, Map<String, String> piecesDemandees,
            Map<String, String> donneesDemandees, Map<String, Correction> corrections) {
    }

    /** A corrected value, with the label of what it corrects. */
    public record Correction(String libelle, String valeur) {
    }
}
