package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.CalendrierScrutins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AvertissementsIleTest {

    private static final CalendrierScrutins MUNICIPALES = (insee, date) -> Optional.of(
            CalendrierScrutins.ProchainScrutin.avecDateLimiteUsuelle("Élections municipales", LocalDate.of(2026, 3, 15)));

    @Test
    void beforeTheDeadlineAnAdultIsNotWarned() {
        assertThat(avertissements(MUNICIPALES, 2026, 2, 4).pour("92050", LocalDate.of(1990, 7, 14))).isEmpty();
    }

    @Test
    void afterTheDeadlineTheRequestIsSaidToCountForLaterBallots() {
        var messages = avertissements(MUNICIPALES, 2026, 2, 5).pour("92050", LocalDate.of(1990, 7, 14));
        assertThat(messages).singleElement().asString().contains("4 février 2026").contains("scrutins suivants");
    }

    @Test
    void anApplicantNotEighteenTheDayBeforeTheFirstRoundIsWarnedNotBlocked() {
        var messages = avertissements(MUNICIPALES, 2026, 1, 10).pour("92050", LocalDate.of(2008, 3, 15));
        assertThat(messages).singleElement().asString().contains("pas 18 ans").contains("15 mars 2026");
    }

    @Test
    void withoutAKnownBallotOnlyAMinorIsWarned() {
        var sansScrutin = avertissements(CalendrierScrutins.AUCUN, 2026, 2, 5);
        assertThat(sansScrutin.pour("92050", LocalDate.of(1990, 7, 14))).isEmpty();
        assertThat(sansScrutin.pour("92050", LocalDate.of(2009, 1, 1))).singleElement().asString()
                .contains("1 janvier 2027");
    }

    private static AvertissementsIle avertissements(CalendrierScrutins calendrier, int annee, int mois, int jour) {
        var horloge = Clock.fixed(ZonedDateTime.of(annee, mois, jour, 12, 0, 0, 0, Fuseau.PARIS).toInstant(), Fuseau.PARIS);
        var fabrique = new StaticListableBeanFactory(Map.of("calendrier", calendrier));
        return new AvertissementsIle(fabrique.getBeanProvider(CalendrierScrutins.class), horloge);
    }
}
