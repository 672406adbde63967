package fr.demarches.teledossier.regles;

import java.time.LocalDate;

/**
 * One may vote at a ballot when 18 by the day before its first round. A younger applicant is warned, never
 * blocked: the registration then takes effect later.
 */
public final class RegleAgeIle {

    private RegleAgeIle() {
    }

    /** Whether the applicant is 18 on the day before {@code premierTour}. */
    public static boolean majeurAuScrutin(LocalDate naissance, LocalDate premierTour) {
        return !majorite(naissance).isAfter(premierTour.minusDays(1));
    }

    public static LocalDate majorite(LocalDate naissance) {
        return naissance.plusYears(18);
    }
}
