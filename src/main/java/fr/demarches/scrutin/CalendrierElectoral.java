package fr.demarches.scrutin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import fr.demarches.shared.Fuseau;

/**
 * The dates the Code électoral derives from a ballot: pure functions, read by the calendar of elections (computed
 * deadline before any override) and by the ILE request (late-request warning).
 */
public final class CalendrierElectoral {

    private CalendrierElectoral() {
    }

    /**
     * The last day of an online registration request: the 6th Wednesday before the first round. Code électoral
     * L17 (since the 2019 reform) sets the 6th Friday for a request on paper; R5 moves an online request two days
     * earlier, to the 6th Wednesday. A Wednesday ballot does not count itself.
     */
    public static LocalDate dateLimiteInscriptionEnLigne(LocalDate premierTour) {
        return premierTour.with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY)).minusWeeks(5);
    }

    /**
     * Whether a request submitted at {@code depot} comes after {@code dateLimite}, which is included until midnight
     * in French time: the submission time decides (the sources), not the day the mairie reads it.
     */
    public static boolean apresDateLimite(LocalDate dateLimite, Instant depot) {
        return LocalDate.ofInstant(depot, Fuseau.PARIS).isAfter(dateLimite);
    }
}
