package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import fr.demarches.shared.Fuseau;

import org.junit.jupiter.api.Test;

/** Code électoral L18 III (5 days, commission de contrôle) and L20 (7 days, tribunal judiciaire). */
class RecoursRefusInscriptionTest {

    @Test
    void fiveDaysAfterTheNotificationDayNotCounted() {
        // Notified on Monday 2 March 2026: the 5 days run from Tuesday to Saturday 7, moved to Monday 9.
        var recours = RecoursRefusInscription.notifie(paris(2026, 3, 2, 10));
        assertThat(recours.notification()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(recours.limiteRecoursPrealable()).isEqualTo(LocalDate.of(2026, 3, 9));
        // Notified on Tuesday 3 March: Sunday 8, moved to Monday 9.
        assertThat(RecoursRefusInscription.notifie(paris(2026, 3, 3, 10)).limiteRecoursPrealable())
                .isEqualTo(LocalDate.of(2026, 3, 9));
        // Notified on Wednesday 4 March: Monday 9, a working day.
        assertThat(RecoursRefusInscription.notifie(paris(2026, 3, 4, 10)).limiteRecoursPrealable())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void theDayIsTheParisDayAndAHolidayMovesTheDeadline() {
        // 23:30 in Paris on 9 July 2026 is still 9 July (21:30 UTC): 14 July, a holiday, moves to the 15th.
        var recours = RecoursRefusInscription.notifie(ZonedDateTime.of(2026, 7, 9, 23, 30, 0, 0, Fuseau.PARIS)
                .toInstant());
        assertThat(recours.notification()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(recours.limiteRecoursPrealable()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void theTextNamesBothRecoursesTheirDeadlinesAndArticles() {
        String texte = RecoursRefusInscription.notifie(paris(2026, 3, 4, 10)).texte();
        assertThat(texte).contains("commission de contrôle").contains("5 jours").contains("9 mars 2026")
                .contains("article L18 du Code électoral").contains("tribunal judiciaire").contains("7 jours")
                .contains("article L20 du Code électoral");
    }

    private static java.time.Instant paris(int annee, int mois, int jour, int heure) {
        return ZonedDateTime.of(annee, mois, jour, heure, 0, 0, 0, Fuseau.PARIS).toInstant();
    }
}
