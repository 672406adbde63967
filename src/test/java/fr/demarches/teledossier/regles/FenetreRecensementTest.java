package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.demarches.teledossier.regles.FenetreRecensement.Acceptee;
import fr.demarches.teledossier.regles.FenetreRecensement.Periode;
import fr.demarches.teledossier.regles.FenetreRecensement.Refusee;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FenetreRecensementTest {

    private static final LocalDate NAISSANCE = LocalDate.of(2010, 1, 15);

    @Test
    void theRecensementWindowRunsFromTheSixteenthBirthdayToTheEndOfTheThirdMonthAfter() {
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2026, 1, 14)).periode()).isEqualTo(Periode.TROP_TOT);
        var fenetre = FenetreRecensement.pour(NAISSANCE, LocalDate.of(2026, 1, 15));
        assertThat(fenetre.periode()).isEqualTo(Periode.DANS_LE_DELAI);
        assertThat(fenetre.finDelai()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2026, 4, 30)).periode()).isEqualTo(Periode.DANS_LE_DELAI);
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2026, 5, 1)).periode()).isEqualTo(Periode.REGULARISATION);
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2035, 1, 14)).periode()).isEqualTo(Periode.REGULARISATION);
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2035, 1, 15)).periode()).isEqualTo(Periode.TROP_TARD);
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2035, 1, 15)).accepte()).isFalse();
    }

    @Test
    void aBirthdayOnTheThirtyFirstEndsOnTheLastDayOfTheThirdMonth() {
        var fenetre = FenetreRecensement.pour(LocalDate.of(2010, 10, 31), LocalDate.of(2026, 11, 1));
        assertThat(fenetre.finDelai()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    /** Born 15 January 2010: 16 on 15 January 2026, window until 30 April 2026, 25 on 15 January 2035. */
    @ParameterizedTest(name = "le {0} : {1}")
    @CsvSource({
        "2026-01-14, REFUSEE",
        "2026-01-15, ACCEPTEE",
        "2026-04-30, ACCEPTEE",
        "2026-05-01, REGULARISATION",
        "2035-01-14, REGULARISATION",
        "2035-01-15, REFUSEE"})
    void theDecisionOfEachDay(LocalDate jour, String attendue) {
        var decision = FenetreRecensement.pour(NAISSANCE, jour).decision();
        switch (attendue) {
            case "REFUSEE" -> assertThat(decision).isInstanceOf(Refusee.class);
            case "ACCEPTEE" -> assertThat(decision).isInstanceOfSatisfying(Acceptee.class,
                    a -> assertThat(a.avertissement()).isEmpty());
            default -> assertThat(decision).isInstanceOfSatisfying(Acceptee.class,
                    a -> assertThat(a.avertissement()).hasValueSatisfying(m -> assertThat(m)
                            .contains("jusqu'au 30 avril 2026").contains("régularisation")));
        }
    }

    @Test
    void tooEarlyGivesTheDayToComeBackAndTooLateTheOfficeToSee() {
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2025, 12, 1)).decision())
                .isEqualTo(new Refusee(Periode.TROP_TOT,
                        "Le recensement se fait à partir de 16 ans : revenez à partir du 15 janvier 2026."));
        assertThat(FenetreRecensement.pour(NAISSANCE, LocalDate.of(2040, 1, 1)).decision())
                .isInstanceOfSatisfying(Refusee.class, r -> assertThat(r.motif())
                        .contains("centre du service national et de la jeunesse"));
    }
}
