package fr.demarches.teledossier;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A télédossier number as the sources show it, {@code A-9-NKT2G5KB}: eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, U/V), drawn at random (29^8, about 5·10^11 numbers), and a check digit in front
 * so that most typing mistakes in a search by number are recognised as such instead of finding nothing.
 */
public record NumeroTeledossier(String valeur) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final Pattern FORME = Pattern.compile("A-\\d-[" + ALPHABET + "]{8}");
    private static final SecureRandom ALEA = new SecureRandom();

    public NumeroTeledossier {
        if (valeur == null || !FORME.matcher(valeur).matches() || controle(valeur.substring(4)) != valeur.charAt(2) - '0') {
            throw new IllegalArgumentException("Numéro de télédossier invalide : " + valeur);
        }
    }

    public static NumeroTeledossier tirer() {
        var corps = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            corps.append(ALPHABET.charAt(ALEA.nextInt(ALPHABET.length())));
        }
        return new NumeroTeledossier("A-" + controle(corps) + "-" + corps);
    }

    /** Whether a typed text is a well-formed number (case and spaces forgiven), e.g. for a search field. */
    public static java.util.Optional<NumeroTeledossier> lire(String saisie) {
        if (saisie == null) {
            return java.util.Optional.empty();
        }
        String normalise = saisie.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        try {
            return java.util.Optional.of(new NumeroTeledossier(normalise));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** Weighted sum modulo 10 of the characters' ranks. */
    private static int controle(CharSequence corps) {
        int somme = 0;
        for (int i = 0; i < corps.length(); i++) {
            somme += (i % 2 == 0 ? 3 : 1) * (ALPHABET.indexOf(corps.charAt(i)) + 1);
        }
        return somme % 10;
    }

    @Override
    public String toString() {
        return valeur;
    }
}
