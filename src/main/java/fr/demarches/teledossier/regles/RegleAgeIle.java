package fr.demarches.teledossier.regles;

import java.time.LocalDate;

/**
 * One may vote at a ballot when 18 by the day before its first round (Code électoral L2: "âgés de dix-huit ans
 * accomplis"; the mission's sources). A younger applicant is warned, never blocked: the registration then takes
 * effect later, and the mairie decides.
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
