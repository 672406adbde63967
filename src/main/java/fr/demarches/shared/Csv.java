package fr.demarches.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The one CSV writer of every export: UTF-8 with a byte order mark and ";" between cells, so that a French
 * spreadsheet opens it as is; CRLF between lines. Every cell is quoted, and a cell line that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe — at the start of
 * the cell and after every line break inside it, since a spreadsheet may split a cell on a lone carriage return.
 */
public final class Csv {

    private static final String FORMULE = "=+-@\t\r";

    private final Writer sortie;

    /** Writes the byte order mark and the header line. */
    public Csv(Writer sortie, List<String> entete) throws IOException {
        this.sortie = sortie;
        sortie.write('\uFEFF');
        ligne(entete);
    }

    /** One line; a null cell is written empty. */
    public void ligne(List<String> cellules) throws IOException {
        for (int i = 0; i < cellules.size(); i++) {
            if (i > 0) {
                sortie.write(';');
            }
            sortie.write(cellule(cellules.get(i)));
        }
        sortie.write("\r\n");
    }

    /** A cell as written: quoted, quotes doubled, each line of it defused. */
    public static String cellule(String valeur) {
        if (valeur == null) {
            return "\"\"";
        }
        var cellule = new StringBuilder(valeur.length() + 2).append('"');
        boolean debutDeLigne = true;
        for (int i = 0; i < valeur.length(); i++) {
            char c = valeur.charAt(i);
            if (debutDeLigne && FORMULE.indexOf(c) >= 0) {
                cellule.append('\'');
            }
            cellule.append(c == '"' ? "\"\"" : String.valueOf(c));
            debutDeLigne = c == '\n' || c == '\r';
        }
        return cellule.append('"').toString();
    }
}
