package fr.demarches.teledossier.elements;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Small text helpers that never turn a missing value into "null". */
final class Textes {

    private Textes() {
    }

    static String joindre(String separateur, String... parties) {
        return Arrays.stream(parties).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(separateur));
    }

    static String ouVide(Object valeur) {
        return valeur == null ? "" : valeur.toString();
    }

    static String premierMot(String texte) {
        if (texte == null || texte.isBlank()) {
            return "";
        }
        return texte.strip().split("\\s+", 2)[0];
    }

    static String apresPremierMot(String texte) {
        if (texte == null || texte.isBlank()) {
            return "";
        }
        String[] mots = texte.strip().split("\\s+", 2);
        return mots.length > 1 ? mots[1] : "";
    }
}
