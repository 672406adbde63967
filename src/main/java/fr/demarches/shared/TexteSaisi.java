package fr.demarches.shared;

/**
 * Names and places are one line of text: no line break, tab or other control character. Such characters have no
 * place in a name, and they are what lets a value break out of its cell in an export or its line in a log.
 */
public final class TexteSaisi {

    public static final String CONTROLE_REFUSE =
            "Ce champ ne doit contenir ni retour à la ligne, ni tabulation, ni autre caractère de contrôle.";

    private TexteSaisi() {
    }

    /** Whether the text holds a control character (C0, DEL, C1) or a Unicode line or paragraph separator. */
    public static boolean aDesControles(String valeur) {
        return valeur != null && valeur.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029');
    }
}
