package fr.demarches.scrutin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import fr.demarches.shared.Fuseau;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendrierElectoralTest {

    /** Deadlines published for past elections (online requests). */
    @ParameterizedTest(name = "premier tour {0} : limite {1}")
    @CsvSource({
        "2022-04-10, 2022-03-02", // présidentielle 2022
        "2022-06-12, 2022-05-04", // législatives 2022
        "2024-06-09, 2024-05-01", // européennes 2024
        "2027-04-11, 2027-03-03"})
    void theDeadlineIsTheSixthWednesdayBeforeTheFirstRound(LocalDate premierTour, LocalDate limite) {
        assertThat(CalendrierElectoral.dateLimiteInscriptionEnLigne(premierTour)).isEqualTo(limite);
    }

    @Test
    void aFirstRoundOnAWednesdayDoesNotCountItself() {
        // Sunday 15 March 2026: the Wednesdays before are 11 March (1st) … 4 February (6th).
        assertThat(CalendrierElectoral.dateLimiteInscriptionEnLigne(LocalDate.of(2026, 3, 15)))
                .isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(CalendrierElectoral.dateLimiteInscriptionEnLigne(LocalDate.of(2026, 3, 18)))
                .isEqualTo(LocalDate.of(2026, 2, 4));
    }

    @Test
    void theLastDayIsIncludedUntilMidnightInFrenchTime() {
        LocalDate limite = LocalDate.of(2026, 2, 4);
        var finDuJour = ZonedDateTime.of(2026, 2, 4, 23, 59, 59, 0, Fuseau.PARIS).toInstant();
        var lendemain = ZonedDateTime.of(2026, 2, 5, 0, 0, 0, 0, Fuseau.PARIS).toInstant();
        assertThat(CalendrierElectoral.apresDateLimite(limite, finDuJour)).isFalse();
        // 23:00 UTC on the 4th is already the 5th in Paris.
        assertThat(CalendrierElectoral.apresDateLimite(limite, lendemain)).isTrue();
    }
}
