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

    // Naturalisation (L113-3, R*111-2). Born 15 January 2008: 16 on 15 January 2024, 25 on 15 January 2033.
    private static final LocalDate NE_EN_2008 = LocalDate.of(2008, 1, 15);

    @ParameterizedTest(name = "acquise le {0}, demande le {1} : {2}")
    @CsvSource({
        // French on 10 March 2026 (age 18): in time until 30 April 2026, without the "délai dépassé" warning.
        "2026-03-10, 2026-03-10, APRES_ACQUISITION",
        "2026-03-10, 2026-04-30, APRES_ACQUISITION",
        "2026-03-10, 2026-05-01, REGULARISATION",
        // Acquired on the 16th birthday: the usual window (longer) applies.
        "2024-01-15, 2024-04-30, DANS_LE_DELAI",
        // Acquired the day before 16: the 16-year window only, then regularisation.
        "2024-01-14, 2024-05-01, REGULARISATION",
        // Acquired the day before the 25th birthday: in time until the end of the month after, past 25.
        "2033-01-14, 2033-02-28, APRES_ACQUISITION",
        "2033-01-14, 2033-03-01, TROP_TARD",
        // Acquired on the 25th birthday: no obligation any more, refused as from 25.
        "2033-01-15, 2033-01-20, TROP_TARD"})
    void aYoungPersonWhoBecameFrenchBetweenSixteenAndTwentyFiveHasTheMonthAfter(LocalDate acquisition, LocalDate jour,
            Periode attendue) {
        var fenetre = FenetreRecensement.pour(NE_EN_2008, acquisition, jour);
        assertThat(fenetre.periode()).isEqualTo(attendue);
        assertThat(fenetre.avertissement().isEmpty()).isEqualTo(attendue != Periode.REGULARISATION);
        assertThat(fenetre.motifAcquisition().isPresent()).isEqualTo(attendue == Periode.APRES_ACQUISITION);
    }

    @Test
    void theMonthAfterTheAcquisitionIsTheDossiersGroundAndItsEndTheLateWarningsDate() {
        var dansLeMois = FenetreRecensement.pour(NE_EN_2008, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 2));
        assertThat(dansLeMois.finDelaiAcquisition()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(dansLeMois.accepte()).isTrue();
        assertThat(dansLeMois.motifAcquisition()).hasValue("Recensement dans le mois qui suit l'acquisition de la "
                + "nationalité française (le 10 mars 2026) : délai jusqu'au 30 avril 2026 (code du service national, "
                + "art. L113-3 et R*111-2).");
        var apres = FenetreRecensement.pour(NE_EN_2008, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 1));
        assertThat(apres.avertissement()).hasValueSatisfying(m -> assertThat(m)
                .contains("après l'acquisition de la nationalité française (jusqu'au 30 avril 2026)")
                .contains("régularisation"));
        // French from birth: unchanged.
        assertThat(FenetreRecensement.pour(NE_EN_2008, null, LocalDate.of(2026, 4, 2)).periode())
                .isEqualTo(Periode.REGULARISATION);
    }
}
