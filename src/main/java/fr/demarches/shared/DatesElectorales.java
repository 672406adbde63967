package fr.demarches.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Dates the Code électoral derives from a ballot, shared by the calendar of elections and the ILE request. */
public final class DatesElectorales {

    private DatesElectorales() {
    }

    /**
     * The last day of an online registration request (Code électoral L17, since the 2019 reform): the 6th Wednesday
     * before the first round. A Wednesday ballot does not count itself.
     */
    public static LocalDate dateLimiteInscriptionEnLigne(LocalDate premierTour) {
        return premierTour.with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY)).minusWeeks(5);
    }
}
