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

import org.junit.jupiter.api.Test;

class AvertissementsIleTest {

    private static final LocalDate PREMIER_TOUR = LocalDate.of(2026, 3, 15);
    private static final Optional<ScrutinVue> MUNICIPALES = Optional.of(new ScrutinVue(UUID.randomUUID(),
            "Élections municipales", TypeScrutin.MUNICIPALES, PREMIER_TOUR, null,
            CalendrierElectoral.dateLimiteInscriptionEnLigne(PREMIER_TOUR), false, true, List.of()));

    @Test
    void beforeTheDeadlineAnAdultIsNotWarned() {
        assertThat(AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14), midi(2026, 2, 4))).isEmpty();
    }

    @Test
    void afterTheDeadlineTheRequestIsSaidToCountForLaterBallots() {
        var messages = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(1990, 7, 14), midi(2026, 2, 5));
        assertThat(messages).singleElement().asString().contains("4 février 2026").contains("scrutins suivants");
    }

    @Test
    void anApplicantNotEighteenTheDayBeforeTheFirstRoundIsWarnedNotBlocked() {
        var messages = AvertissementsIle.pour(MUNICIPALES, LocalDate.of(2008, 3, 15), midi(2026, 1, 10));
        assertThat(messages).singleElement().asString().contains("pas 18 ans").contains("15 mars 2026");
    }

    @Test
    void withoutAKnownBallotOnlyAMinorIsWarned() {
        assertThat(AvertissementsIle.pour(Optional.empty(), LocalDate.of(1990, 7, 14), midi(2026, 2, 5))).isEmpty();
        assertThat(AvertissementsIle.pour(Optional.empty(), LocalDate.of(2009, 1, 1), midi(2026, 2, 5)))
                .singleElement().asString().contains("1 janvier 2027");
    }

    private static Instant midi(int annee, int mois, int jour) {
        return ZonedDateTime.of(annee, mois, jour, 12, 0, 0, 0, Fuseau.PARIS).toInstant();
    }
}
