package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class NumeroTeledossierTest {

    @Test
    void aDrawnNumberHasTheFormOfTheSourcesWithoutLookAlikeCharacters() {
        for (int i = 0; i < 1_000; i++) {
            String numero = NumeroTeledossier.tirer().valeur();
            assertThat(numero).matches("A-\\d-[2-9A-HJKMNP-TW-Z]{8}");
            assertThat(numero.substring(4)).doesNotContain("0", "O", "1", "I", "L", "U", "V");
        }
    }

    /**
     * Uniqueness itself is the database's unique constraint (29^8 numbers make a clash rare, not impossible, so a
     * test counting distinct draws would be flaky); here we check the draw uses the whole alphabet at every position.
     */
    @Test
    void everyPositionUsesTheWholeAlphabet() {
        var vus = new java.util.ArrayList<java.util.Set<Character>>();
        for (int i = 0; i < 8; i++) {
            vus.add(new HashSet<>());
        }
        for (int i = 0; i < 10_000; i++) {
            String corps = NumeroTeledossier.tirer().valeur().substring(4);
            for (int p = 0; p < 8; p++) {
                vus.get(p).add(corps.charAt(p));
            }
        }
        vus.forEach(position -> assertThat(position).hasSize(NumeroTeledossier.ALPHABET.length()));
    }

    @Test
    void theCheckDigitRejectsMostMistypedNumbers() {
        int rejetes = 0;
        int essais = 0;
        for (int i = 0; i < 500; i++) {
            String numero = NumeroTeledossier.tirer().valeur();
            for (char remplacant : NumeroTeledossier.ALPHABET.toCharArray()) {
                if (remplacant == numero.charAt(6)) {
                    continue;
                }
                essais++;
                String faute = numero.substring(0, 6) + remplacant + numero.substring(7);
                rejetes += NumeroTeledossier.lire(faute).isEmpty() ? 1 : 0;
            }
        }
        assertThat((double) rejetes / essais).isGreaterThan(0.85);
    }

    @Test
    void readingForgivesCaseAndSpaces() {
        String numero = NumeroTeledossier.tirer().valeur();
        assertThat(NumeroTeledossier.lire(" " + numero.toLowerCase().replace("-", "- ") + " "))
                .contains(new NumeroTeledossier(numero));
        assertThat(NumeroTeledossier.lire("A-9-NKT2G5K")).isEmpty();
        assertThat(NumeroTeledossier.lire(null)).isEmpty();
    }

    @Test
    void aMalformedNumberCannotBeBuilt() {
        assertThatThrownBy(() -> new NumeroTeledossier("B-1-23456789")).isInstanceOf(IllegalArgumentException.class);
    }
}
