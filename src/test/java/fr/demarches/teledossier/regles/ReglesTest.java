package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.regles.FenetreRecensement.Periode;

import org.junit.jupiter.api.Test;

class ReglesTest {

    @Test
    void theOnlineDeadlineIsTheSixthWednesdayBeforeTheFirstRound() {
        // Sunday 15 March 2026: the Wednesdays before are 11 March (1st) … 4 February (6th).
        assertThat(DateLimiteInscription.pour(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 2, 4));
        // A first round on a Wednesday does not count itself.
        assertThat(DateLimiteInscription.pour(LocalDate.of(2026, 3, 18))).isEqualTo(LocalDate.of(2026, 2, 4));
    }

    @Test
    void theLastDayIsIncludedUntilMidnightInFrenchTime() {
        LocalDate limite = LocalDate.of(2026, 2, 4);
        var finDuJour = ZonedDateTime.of(2026, 2, 4, 23, 59, 59, 0, Fuseau.PARIS).toInstant();
        var lendemain = ZonedDateTime.of(2026, 2, 5, 0, 0, 0, 0, Fuseau.PARIS).toInstant();
        assertThat(DateLimiteInscription.depassee(limite, finDuJour)).isFalse();
        // 23:30 UTC on the 4th is already the 5th in Paris.
        assertThat(DateLimiteInscription.depassee(limite, lendemain)).isTrue();
    }

    @Test
    void anApplicantMustBeEighteenByTheDayBeforeTheFirstRound() {
        LocalDate premierTour = LocalDate.of(2026, 3, 15);
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(2008, 3, 14), premierTour)).isTrue();
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(2008, 3, 15), premierTour)).isFalse();
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(1990, 7, 14), premierTour)).isTrue();
    }

    @Test
    void theRecensementWindowRunsFromTheSixteenthBirthdayToTheEndOfTheThirdMonthAfter() {
        LocalDate naissance = LocalDate.of(2010, 1, 15);
        assertThat(FenetreRecensement.pour(naissance, LocalDate.of(2026, 1, 14)).periode()).isEqualTo(Periode.TROP_TOT);
        var fenetre = FenetreRecensement.pour(naissance, LocalDate.of(2026, 1, 15));
        assertThat(fenetre.periode()).isEqualTo(Periode.DANS_LE_DELAI);
        assertThat(fenetre.finDelai()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FenetreRecensement.pour(naissance, LocalDate.of(2026, 4, 30)).periode()).isEqualTo(Periode.DANS_LE_DELAI);
        assertThat(FenetreRecensement.pour(naissance, LocalDate.of(2026, 5, 1)).periode()).isEqualTo(Periode.REGULARISATION);
        assertThat(FenetreRecensement.pour(naissance, LocalDate.of(2035, 1, 14)).periode()).isEqualTo(Periode.REGULARISATION);
        assertThat(FenetreRecensement.pour(naissance, LocalDate.of(2035, 1, 15)).periode()).isEqualTo(Periode.TROP_TARD);
        assertThat(FenetreRecensement.pour(naissance, LocalDate.of(2035, 1, 15)).accepte()).isFalse();
    }

    @Test
    void aBirthdayOnTheThirtyFirstEndsOnTheLastDayOfTheThirdMonth() {
        var fenetre = FenetreRecensement.pour(LocalDate.of(2010, 10, 31), LocalDate.of(2026, 11, 1));
        assertThat(fenetre.finDelai()).isEqualTo(LocalDate.of(2027, 1, 31));
    }
}
