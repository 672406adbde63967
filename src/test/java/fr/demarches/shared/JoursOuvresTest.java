package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JoursOuvresTest {

    /** Easter Sunday, Ascension and Whit Monday as published by the French administration (service-public.fr). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024, 2024-03-31, 2024-05-09, 2024-05-20",
        "2025, 2025-04-20, 2025-05-29, 2025-06-09",
        "2026, 2026-04-05, 2026-05-14, 2026-05-25",
        "2027, 2027-03-28, 2027-05-06, 2027-05-17",
        "2028, 2028-04-16, 2028-05-25, 2028-06-05",
        "2029, 2029-04-01, 2029-05-10, 2029-05-21",
        "2030, 2030-04-21, 2030-05-30, 2030-06-10",
        "2038, 2038-04-25, 2038-06-03, 2038-06-14",
        "2008, 2008-03-23, 2008-05-01, 2008-05-12"})
    void movableHolidaysFollowEaster(int annee, LocalDate paques, LocalDate ascension, LocalDate pentecote) {
        assertThat(JoursOuvres.paques(annee)).isEqualTo(paques);
        assertThat(JoursOuvres.feries(annee)).contains(paques.plusDays(1), ascension, pentecote)
                .doesNotContain(paques);
        assertThat(JoursOuvres.ouvre(paques.plusDays(1))).isFalse();
        assertThat(JoursOuvres.ouvre(ascension)).isFalse();
        assertThat(JoursOuvres.ouvre(pentecote)).isFalse();
    }

    @Test
    void everyYearHasElevenHolidaysExceptWhenTwoFallOnTheSameDay() {
        for (int annee = 2024; annee <= 2030; annee++) {
            assertThat(JoursOuvres.feries(annee)).as("année %d", annee).hasSize(11);
        }
        // 2008: Ascension fell on 1 May.
        assertThat(JoursOuvres.feries(2008)).hasSize(10).contains(LocalDate.of(2008, 5, 1));
    }

    @Test
    void fixedHolidaysAndWeekendsAreNotWorkingDays() {
        assertThat(JoursOuvres.ouvre(LocalDate.of(2026, 7, 14))).isFalse();
        assertThat(JoursOuvres.ouvre(LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(JoursOuvres.ouvre(LocalDate.of(2026, 11, 21))).as("samedi").isFalse();
        assertThat(JoursOuvres.ouvre(LocalDate.of(2026, 11, 22))).as("dimanche").isFalse();
        assertThat(JoursOuvres.ouvre(LocalDate.of(2026, 11, 23))).as("lundi").isTrue();
    }

    @ParameterizedTest(name = "accepté le {0} : effet le {1}")
    @CsvSource({
        // 1 January is a holiday; 2027-01-02/03 a weekend: Monday 4th.
        "2026-12-15, 2027-01-04",
        // 1 May 2027 is a Saturday, 2 a Sunday: Monday 3rd.
        "2027-04-30, 2027-05-03",
        // 1 November 2026 is a Sunday, and a holiday anyway: Monday 2nd.
        "2026-10-01, 2026-11-02",
        // 1 June 2026 is a Monday, an ordinary one.
        "2026-05-25, 2026-06-01",
        // Easter Monday 2024 was 1 April: Tuesday 2nd.
        "2024-03-10, 2024-04-02",
        // Whit Monday 2028 is 5 June, 1 June a Thursday: effect on the 1st.
        "2028-05-31, 2028-06-01",
        // A request accepted on the first of a month waits for the next month.
        "2026-09-01, 2026-10-01",
        // 1 August 2026 is a Saturday: Monday 3rd.
        "2026-07-31, 2026-08-03",
        // 1 January 2029 a Monday and a holiday: Tuesday 2nd.
        "2028-12-31, 2029-01-02"})
    void aConnectionTakesEffectOnTheFirstWorkingDayOfTheFollowingMonth(LocalDate acceptation, LocalDate effet) {
        assertThat(JoursOuvres.premierOuvreDuMoisSuivant(acceptation)).isEqualTo(effet);
    }
}
