package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MajoriteElectoraleTest {

    @Test
    void eighteenOnTheDayBeforeTheRoundVotesAtIt() {
        var tour = LocalDate.of(2027, 4, 11);
        assertThat(MajoriteElectorale.majeurAuTour(LocalDate.of(2009, 4, 10), tour)).isTrue();
        assertThat(MajoriteElectorale.majeurAuTour(LocalDate.of(2009, 4, 11), tour)).isFalse();
        // Born on 29 February: 18 on 28 February of a common year (Java's plusYears), a round on 1 March is open.
        assertThat(MajoriteElectorale.majeurAuTour(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1))).isTrue();
    }
}
