package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import fr.demarches.scrutin.TypeScrutin;

import org.junit.jupiter.api.Test;

class ScrutinsOuvertsTest {

    @Test
    void aFrenchNationalVotesAtEveryBallot() {
        for (TypeScrutin type : TypeScrutin.values()) {
            assertThat(ScrutinsOuverts.ouvert(type, true, false, false)).isTrue();
        }
    }

    /** A German citizen asking for the European list, in June 2024: the European election, not the législatives. */
    @Test
    void anEuCitizenVotesAtTheBallotsOfTheListsAskedFor() {
        assertThat(ScrutinsOuverts.ouvert(TypeScrutin.EUROPEENNES, false, false, true)).isTrue();
        assertThat(ScrutinsOuverts.ouvert(TypeScrutin.LEGISLATIVES, false, true, true)).isFalse();
        assertThat(ScrutinsOuverts.ouvert(TypeScrutin.MUNICIPALES, false, false, true)).isFalse();
        assertThat(ScrutinsOuverts.ouvert(TypeScrutin.MUNICIPALES, false, true, false)).isTrue();
    }
}
