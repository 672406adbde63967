package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegleAgeIleTest {

    @Test
    void anApplicantMustBeEighteenByTheDayBeforeTheFirstRound() {
        LocalDate premierTour = LocalDate.of(2026, 3, 15);
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(2008, 3, 14), premierTour)).isTrue();
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(2008, 3, 15), premierTour)).isFalse();
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(1990, 7, 14), premierTour)).isTrue();
    }

    /** Présidentielle 2027: rounds on Sunday 11 and Sunday 25 April. */
    private static final LocalDate PREMIER = LocalDate.of(2027, 4, 11);
    private static final LocalDate SECOND = LocalDate.of(2027, 4, 25);

    @Test
    void eighteenTheDayBeforeTheFirstRoundVotesAtBothRounds() {
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 10), PREMIER, SECOND)).contains(PREMIER);
    }

    @Test
    void eighteenOnTheDayOfTheFirstRoundOrBetweenTheRoundsVotesAtTheSecondOnly() {
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 11), PREMIER, SECOND)).contains(SECOND);
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 18), PREMIER, SECOND)).contains(SECOND);
        // The day before the second round is the last birthday that still counts.
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 24), PREMIER, SECOND)).contains(SECOND);
    }

    @Test
    void eighteenOnTheDayOfTheSecondRoundVotesAtNeither() {
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 25), PREMIER, SECOND)).isEmpty();
    }

    @Test
    void aOneRoundBallotHasNoSecondChance() {
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 11), PREMIER, null)).isEqualTo(Optional.empty());
        assertThat(RegleAgeIle.premierTourOuvert(LocalDate.of(2009, 4, 10), PREMIER, null)).contains(PREMIER);
    }
}
