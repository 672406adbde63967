package fr.demarches.teledossier.web.usager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The citizen's answer to a request for complements: one chosen document per piece type (the id of a document of
 * their space), the corrections asked for (by {@code DonneeACorriger} name) and a message.
 */
public class FormulaireReponse {

    private String pieceIdentite;
    private String pieceDomicile;
    private String pieceLivret;
    private String pieceAutre;
    private String message;
    private Map<String, String> corrections = new LinkedHashMap<>();

    public String getPieceIdentite() {
        return pieceIdentite;
    }

    public void setPieceIdentite(String pieceIdentite) {
        this.pieceIdentite = pieceIdentite;
    }

    public String getPieceDomicile() {
        return pieceDomicile;
    }

    public void setPieceDomicile(String pieceDomicile) {
        this.pieceDomicile = pieceDomicile;
    }

    public String getPieceLivret() {
        return pieceLivret;
    }

    public void setPieceLivret(String pieceLivret) {
        this.pieceLivret = pieceLivret;
    }

    public String getPieceAutre() {
        return pieceAutre;
    }

    public void setPieceAutre(String pieceAutre) {
        this.pieceAutre = pieceAutre;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Map<String, String> getCorrections() {
        return corrections;
    }

    public void setCorrections(Map<String, String> corrections) {
        this.corrections = corrections;
    }
}
