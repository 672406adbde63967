package fr.demarches.shared;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text a PDF's font can print. A character the embedded font lacks (Chinese, Thai, an emoji, a control character…)
 * makes PDFBox fail the whole document: a CERFA, an attestation, a registre, and with the CERFA the dossier's ZIP and
 * its sFTP delivery. Such a character is printed « ? » instead; the dossier's XML keeps the text exactly as typed.
 */
public final class TextePdf {

    private TextePdf() {
    }

    public static String imprimable(String texte, PDFont police) {
        if (texte == null) {
            return null;
        }
        StringBuilder remplace = null;
        for (int i = 0; i < texte.length(); ) {
            int caractere = texte.codePointAt(i);
            boolean present = caractere >= 0x20 && caractere < 0x7F || present(caractere, police);
            if (!present && remplace == null) {
                remplace = new StringBuilder(texte.length()).append(texte, 0, i);
            }
            if (remplace != null) {
                if (present) {
                    remplace.appendCodePoint(caractere);
                } else {
                    remplace.append('?');
                }
            }
            i += Character.charCount(caractere);
        }
        return remplace == null ? texte : remplace.toString();
    }

    private static boolean present(int caractere, PDFont police) {
        if (Character.isISOControl(caractere)) {
            return false;
        }
        try {
            police.encode(Character.toString(caractere));
            return true;
        } catch (IllegalArgumentException | IOException absent) {
            return false;
        }
    }
}
