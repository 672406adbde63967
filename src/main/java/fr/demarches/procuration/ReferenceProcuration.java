package fr.demarches.procuration;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The six characters the mandant shows the officer. The alphabet leaves out the look-alikes 0/O and 1/I/L:
 * 31 symbols, 31^6 ≈ 887 million values, drawn with a secure random generator.
 */
public record ReferenceProcuration(String valeur) {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LONGUEUR = 6;
    private static final SecureRandom HASARD = new SecureRandom();

    public ReferenceProcuration {
        if (valeur == null || valeur.length() != LONGUEUR || !valeur.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Référence mal formée");
        }
    }

    public static ReferenceProcuration tirer() {
        var s = new StringBuilder(LONGUEUR);
        for (int i = 0; i < LONGUEUR; i++) {
            s.append(ALPHABET.charAt(HASARD.nextInt(ALPHABET.length())));
        }
        return new ReferenceProcuration(s.toString());
    }

    /** As typed by an officer: lower case accepted, spaces and hyphens ignored. Empty if it cannot be one. */
    public static Optional<ReferenceProcuration> lire(String saisie) {
        if (saisie == null) {
            return Optional.empty();
        }
        String v = saisie.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (v.length() != LONGUEUR || !v.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceProcuration(v));
    }

    @Override
    public String toString() {
        return valeur;
    }
}
