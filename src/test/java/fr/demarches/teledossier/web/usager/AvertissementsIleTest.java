package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.scrutin.CalendrierElectoral;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.DonneesIle.CasParticulier;

import org.junit.jupiter.api.Test;

class AvertissementsIleTest {

    private static final LocalDate PREMIER_TOUR = LocalDate.of(2026, 3, 15);
    private static final Optional<ScrutinVue> MUNICIPALES = Optional.of(new ScrutinVue(UUID.randomUUID(),
            "Élections municipales", TypeScrutin.MUNICIPALES, PREMIER_TOUR, null,
            CalendrierElectoral.dateLimiteInscriptionEnLigne(PREMIER_TOUR), false, true, List.of()));

    @Test
    void beforeTheDeadlineAnAdultIsNotWarned() {
        assertThat(AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14), null, midi(2026, 2, 4))).isEmpty();
    }

    @Test
    void afterTheDeadlineTheRequestIsSaidToCountForLaterBallots() {
        var messages = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14), null, midi(2026, 2, 5));
        assertThat(messages).singleElement().asString().contains("4 février 2026").contains("scrutins suivants");
    }

    @Test
    void anApplicantNotEighteenTheDayBeforeTheFirstRoundIsWarnedNotBlocked() {
        var messages = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(2008, 3, 15), null, midi(2026, 1, 10));
        assertThat(messages).singleElement().asString().contains("pas 18 ans").contains("15 mars 2026");
    }

    @Test
    void withoutAKnownBallotOnlyAMinorIsWarned() {
        assertThat(AvertissementsIle.pour(Optional.empty(), LocalDate.of(1990, 7, 14), null, midi(2026, 2, 5))).isEmpty();
        assertThat(AvertissementsIle.pour(Optional.empty(), LocalDate.of(2009, 1, 1), null, midi(2026, 2, 5)))
                .singleElement().asString().contains("1 janvier 2027");
    }

    private static Instant midi(int annee, int mois, int jour) {
        return ZonedDateTime.of(annee, mois, jour, 12, 0, 0, 0, Fuseau.PARIS).toInstant();
    }

    private static final Optional<ScrutinVue> DEUX_TOURS = Optional.of(new ScrutinVue(UUID.randomUUID(),
            "Élections municipales", TypeScrutin.MUNICIPALES, PREMIER_TOUR, LocalDate.of(2026, 3, 22),
            CalendrierElectoral.dateLimiteInscriptionEnLigne(PREMIER_TOUR), false, true, List.of()));

    @Test
    void inTheLateWindowTheRequestIsToldItMayStillCountOnAnL30Ground() {
        var sansMotif = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14), null, midi(2026, 3, 5));
        assertThat(sansMotif).singleElement().asString().contains("scrutins suivants").contains("cas particuliers")
                .contains("5 mars 2026");
        var avecMotif = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14),
                CasParticulier.DEMENAGEMENT_PROFESSIONNEL, midi(2026, 3, 5));
        assertThat(avecMotif).singleElement().asString().contains("L30, 2° bis").contains("5 mars 2026")
                .contains("vaudra pour le scrutin").doesNotContain("scrutins suivants");
    }

    @Test
    void afterTheTenthDayBeforeTheBallotAGroundNoLongerHelps() {
        var messages = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14), CasParticulier.MAJORITE,
                midi(2026, 3, 6));
        assertThat(messages).singleElement().asString().contains("scrutins suivants").doesNotContain("cas particuliers");
    }

    @Test
    void turningEighteenClaimedBySomeoneAlreadyEighteenAtTheDeadlineIsPointedOut() {
        var messages = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(2008, 2, 4), CasParticulier.MAJORITE,
                midi(2026, 2, 20));
        assertThat(messages).hasSize(2).last().asString().contains("déjà 18 ans").contains("4 février 2026");
        assertThat(AvertissementsIle.pour(MUNICIPALES, LocalDate.of(2008, 2, 20), CasParticulier.MAJORITE,
                midi(2026, 2, 20))).singleElement().asString().contains("vaudra pour le scrutin");
    }

    @Test
    void eighteenBetweenTheRoundsVotesAtTheSecondRound() {
        // 18 on Wednesday 18 March, between the rounds of 15 and 22 March.
        var entre = AvertissementsIle.pour(DEUX_TOURS, LocalDate.of(2008, 3, 18), null, midi(2026, 1, 10));
        assertThat(entre).singleElement().asString().contains("pas voter au premier tour")
                .contains("pourrez voter au second tour, le 22 mars 2026").doesNotContain("vous ne pourrez pas y voter");
        // 18 the day before the first round: both rounds, no warning.
        assertThat(AvertissementsIle.pour(DEUX_TOURS, LocalDate.of(2008, 3, 14), null, midi(2026, 1, 10))).isEmpty();
        // 18 the day before the second round: still the second round.
        assertThat(AvertissementsIle.pour(DEUX_TOURS, LocalDate.of(2008, 3, 21), null, midi(2026, 1, 10)))
                .singleElement().asString().contains("pourrez voter au second tour");
        // 18 on the day of the second round: neither.
        assertThat(AvertissementsIle.pour(DEUX_TOURS, LocalDate.of(2008, 3, 22), null, midi(2026, 1, 10)))
                .singleElement().asString().contains("la veille du second tour").contains("vous ne pourrez pas y voter");
    }
}
