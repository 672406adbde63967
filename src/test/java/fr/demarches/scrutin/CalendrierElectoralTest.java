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
    void europeanElectionsAndReferendumsHaveOneRound() {
        assertThat(CalendrierElectoral.aUnSecondTour(TypeScrutin.EUROPEENNES)).isFalse();
        assertThat(CalendrierElectoral.aUnSecondTour(TypeScrutin.REFERENDUM)).isFalse();
        assertThat(java.util.EnumSet.complementOf(java.util.EnumSet.of(TypeScrutin.EUROPEENNES, TypeScrutin.REFERENDUM)))
                .allMatch(CalendrierElectoral::aUnSecondTour);
        // Présidentielle of 10 and 24 April 2022: the fourteenth day, the longest gap.
        assertThat(LocalDate.of(2022, 4, 10).plusDays(CalendrierElectoral.ECART_MAXIMAL_DES_TOURS))
                .isEqualTo(LocalDate.of(2022, 4, 24));
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

    /** L30: « le dixième jour précédant ce scrutin »; législatives of 30 June 2024: until 20 June (service-public.fr). */
    @ParameterizedTest(name = "premier tour {0} : cas particuliers jusqu'au {1}")
    @CsvSource({
        "2024-06-30, 2024-06-20", // législatives anticipées 2024
        "2022-04-10, 2022-03-31", // présidentielle 2022
        "2024-06-09, 2024-05-30", // européennes 2024
        "2026-03-01, 2026-02-19"}) // across the end of February
    void theLateDeadlineIsTheTenthDayBeforeTheFirstRound(LocalDate premierTour, LocalDate limite) {
        assertThat(CalendrierElectoral.dateLimiteCasParticuliers(premierTour)).isEqualTo(limite);
    }

    @Test
    void aRequestIsWithinTheUsualDeadlineThenTheLateOneThenAfterBoth() {
        LocalDate premierTour = LocalDate.of(2024, 6, 30);
        LocalDate limite = LocalDate.of(2024, 6, 12); // an administrator's date for a snap election
        assertThat(CalendrierElectoral.periode(limite, premierTour, paris(2024, 6, 12, 23, 59, 59)))
                .isEqualTo(CalendrierElectoral.Periode.DANS_LES_DELAIS);
        assertThat(CalendrierElectoral.periode(limite, premierTour, paris(2024, 6, 13, 0, 0, 0)))
                .isEqualTo(CalendrierElectoral.Periode.CAS_PARTICULIERS);
        // The 20th is included until midnight in Paris (22:00 UTC in summer).
        assertThat(CalendrierElectoral.periode(limite, premierTour, paris(2024, 6, 20, 23, 59, 59)))
                .isEqualTo(CalendrierElectoral.Periode.CAS_PARTICULIERS);
        assertThat(CalendrierElectoral.periode(limite, premierTour, paris(2024, 6, 21, 0, 0, 0)))
                .isEqualTo(CalendrierElectoral.Periode.APRES);
    }

    @Test
    void anOverriddenDeadlineLaterThanTheTenthDayLeavesNoLateWindow() {
        LocalDate premierTour = LocalDate.of(2026, 3, 15);
        LocalDate limite = LocalDate.of(2026, 3, 10);
        assertThat(CalendrierElectoral.periode(limite, premierTour, paris(2026, 3, 10, 12, 0, 0)))
                .isEqualTo(CalendrierElectoral.Periode.DANS_LES_DELAIS);
        assertThat(CalendrierElectoral.periode(limite, premierTour, paris(2026, 3, 11, 0, 0, 0)))
                .isEqualTo(CalendrierElectoral.Periode.APRES);
    }

    private static java.time.Instant paris(int annee, int mois, int jour, int heure, int minute, int seconde) {
        return ZonedDateTime.of(annee, mois, jour, heure, minute, seconde, 0, Fuseau.PARIS).toInstant();
    }
}
