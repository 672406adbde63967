package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.demarches.procuration.DatesProcuration.Refus;

import org.junit.jupiter.api.Test;

/** Code électoral R74 (one round, both rounds, a period of one year at most), Constitution art. 7 and L56. */
class DatesProcurationTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2027, 3, 1);

    @Test
    void aPeriodOfExactlyOneYearIsAllowedOneDayMoreIsNot() {
        LocalDate debut = LocalDate.of(2027, 3, 15);
        assertThat(DatesProcuration.verifier(Portee.PERIODE, debut, LocalDate.of(2028, 3, 15), AUJOURDHUI)).isEmpty();
        assertThat(DatesProcuration.verifier(Portee.PERIODE, debut, LocalDate.of(2028, 3, 16), AUJOURDHUI))
                .containsExactly(Refus.PERIODE_TROP_LONGUE);
    }

    @Test
    void aPeriodStartingOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighthAYearLater() {
        assertThat(DatesProcuration.finAuPlusTard(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void thePresidentialRoundsFourteenDaysApartAreOneElectionFifteenAreNot() {
        // Présidentielle 2027: 11 and 25 April (the fourteenth day after, Constitution art. 7).
        LocalDate premier = LocalDate.of(2027, 4, 11);
        assertThat(DatesProcuration.verifier(Portee.DEUX_TOURS, premier, LocalDate.of(2027, 4, 25), AUJOURDHUI))
                .isEmpty();
        assertThat(DatesProcuration.verifier(Portee.DEUX_TOURS, premier, LocalDate.of(2027, 4, 26), AUJOURDHUI))
                .containsExactly(Refus.TOURS_TROP_ECARTES);
    }

    @Test
    void theEndMustFollowTheStart() {
        LocalDate jour = LocalDate.of(2027, 6, 13);
        assertThat(DatesProcuration.verifier(Portee.DEUX_TOURS, jour, jour, AUJOURDHUI))
                .containsExactly(Refus.FIN_AVANT_DEBUT);
        assertThat(DatesProcuration.verifier(Portee.PERIODE, jour, jour.minusDays(1), AUJOURDHUI))
                .containsExactly(Refus.FIN_AVANT_DEBUT);
    }

    @Test
    void todayIsAllowedYesterdayIsPastAndOneRoundHasNoEnd() {
        assertThat(DatesProcuration.verifier(Portee.UN_TOUR, AUJOURDHUI, null, AUJOURDHUI)).isEmpty();
        assertThat(DatesProcuration.verifier(Portee.UN_TOUR, AUJOURDHUI.minusDays(1), AUJOURDHUI, AUJOURDHUI))
                .containsExactly(Refus.DEBUT_PASSE);
        // A past start and too long a period: both are said, each next to its own field.
        assertThat(DatesProcuration.verifier(Portee.PERIODE, AUJOURDHUI.minusDays(1), AUJOURDHUI.plusYears(2),
                AUJOURDHUI)).containsExactly(Refus.DEBUT_PASSE, Refus.PERIODE_TROP_LONGUE);
    }
}
