package fr.demarches.liste;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The key that matches a person by civil status whatever the typing: upper case, no accents, the ligatures as their
 * two letters, hyphens and apostrophes as spaces, single spaces. "Élodie-Marie  d'Arc" and "ELODIE MARIE D ARC" give
 * the same key, as "Lætitia Bœuf" and "LAETITIA BOEUF".
 */
public final class EtatCivil {

    private static final java.util.regex.Pattern MARQUES = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SEPARATEURS = java.util.regex.Pattern.compile("[^A-Z0-9]+");

    private EtatCivil() {
    }

    public static String cle(String nomNaissance, String prenoms, LocalDate dateNaissance) {
        return normaliser(nomNaissance) + "|" + normaliser(prenoms) + "|" + dateNaissance;
    }

    public static String normaliser(String texte) {
        if (texte == null) {
            return "";
        }
        String sansAccents = MARQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
        // Œ and Æ are letters of French civil status (circulaire du 23 juillet 2014 relative à l'état civil, annexe :
        // ligatures admises), which decomposition leaves whole; lists typed without them write OE and AE. Made
        // separators, "Bœuf" was "B UF" and never "BOEUF" (V218 computes the keys stored before).
        String majuscules = sansAccents.toUpperCase(Locale.ROOT).replace("Œ", "OE").replace("Æ", "AE");
        return SEPARATEURS.matcher(majuscules).replaceAll(" ").strip();
    }
}
