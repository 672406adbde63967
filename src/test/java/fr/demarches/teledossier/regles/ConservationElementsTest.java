package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import fr.demarches.shared.Fuseau;

import org.junit.jupiter.api.Test;

class ConservationElementsTest {

    private static final ConservationElements TRENTE_JOURS = new ConservationElements(Duration.ofDays(30));
    /** Sunday 1 February 2026 at 23:30 in Paris (22:30 UTC). */
    private static final Instant DEPOT = paris(2026, 2, 1, 23, 30, 0);

    @Test
    void theElementsAreDownloadableUntilTheInstantThirtyDaysAfterTheSubmission() {
        Instant fin = paris(2026, 3, 3, 23, 30, 0);
        assertThat(TRENTE_JOURS.fin(DEPOT)).isEqualTo(fin);
        assertThat(TRENTE_JOURS.telechargeable(DEPOT, DEPOT)).isTrue();
        assertThat(TRENTE_JOURS.telechargeable(DEPOT, fin.minusNanos(1))).isTrue();
        assertThat(TRENTE_JOURS.telechargeable(DEPOT, fin)).isFalse();
        assertThat(TRENTE_JOURS.purgeDue(DEPOT, fin.minusNanos(1))).isFalse();
        assertThat(TRENTE_JOURS.purgeDue(DEPOT, fin)).isTrue();
    }

    @Test
    void theDaysLeftCountTheDayUnderWayAndAgreeWithTheDownloadOnTheLastDay() {
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, DEPOT)).isEqualTo(30);
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, DEPOT.plusSeconds(1))).isEqualTo(30);
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, paris(2026, 2, 2, 23, 30, 0))).isEqualTo(29);
        // The last day in Paris: the morning of 3 March is still downloadable, and so said, until 23:30.
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, paris(2026, 3, 3, 8, 0, 0))).isEqualTo(1);
        assertThat(TRENTE_JOURS.telechargeable(DEPOT, paris(2026, 3, 3, 8, 0, 0))).isTrue();
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, paris(2026, 3, 3, 23, 29, 59))).isEqualTo(1);
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, paris(2026, 3, 3, 23, 30, 0))).isZero();
        assertThat(TRENTE_JOURS.joursRestants(DEPOT, paris(2026, 6, 1, 0, 0, 0))).isZero();
    }

    @Test
    void thePurgeCutOffSelectsExactlyTheDossiersPastTheDelay() {
        Instant maintenant = paris(2026, 3, 3, 23, 30, 0);
        assertThat(TRENTE_JOURS.deposesJusquA(maintenant)).isEqualTo(DEPOT);
        Instant uneSecondeAvant = maintenant.minusSeconds(1);
        assertThat(DEPOT.isAfter(TRENTE_JOURS.deposesJusquA(uneSecondeAvant))).isTrue();
        assertThat(TRENTE_JOURS.purgeDue(DEPOT, uneSecondeAvant)).isFalse();
    }

    @Test
    void theDelayIsMeasuredInElapsedTimeAcrossTheChangeToSummerTime() {
        // 29 March 2026, clocks go forward: 30 days after 1 March 10:00 (CET) is 31 March 11:00 (CEST).
        Instant depot = paris(2026, 3, 1, 10, 0, 0);
        assertThat(TRENTE_JOURS.fin(depot)).isEqualTo(paris(2026, 3, 31, 11, 0, 0));
    }

    @Test
    void aDelayMustBePositive() {
        assertThatThrownBy(() -> new ConservationElements(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant paris(int annee, int mois, int jour, int heure, int minute, int seconde) {
        return ZonedDateTime.of(annee, mois, jour, heure, minute, seconde, 0, Fuseau.PARIS).toInstant();
    }
}
