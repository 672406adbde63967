package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.demarches.teledossier.regles.FenetreRecensement.Periode;

import org.junit.jupiter.api.Test;

class ReglesTest {

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
