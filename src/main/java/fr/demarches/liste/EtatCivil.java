package fr.demarches.liste;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The key that matches a person by civil status whatever the typing: upper case, no accents, hyphens and
 * apostrophes as spaces, single spaces. "Élodie-Marie  d'Arc" and "ELODIE MARIE D ARC" give the same key.
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
        return SEPARATEURS.matcher(sansAccents.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
