package fr.demarches.shared;

import java.time.LocalDate;

/**
 * The electoral majority: an elector is « âgé de dix-huit ans accomplis » (Code électoral, art. L2), reckoned for a
 * round on the day before it — who turns 18 by then votes at it. One rule for every procedure: the registration on
 * the lists (teledossier.regles.RegleAgeIle) and the procuration, whose mandant and mandataire are electors for the
 * ballots it covers.
 */
public final class MajoriteElectorale {

    private MajoriteElectorale() {
    }

    /** The day one turns 18. */
    public static LocalDate majorite(LocalDate naissance) {
        return naissance.plusYears(18);
    }

    /** Whether one born on {@code naissance} is 18 on the day before the round held on {@code tour}. */
    public static boolean majeurAuTour(LocalDate naissance, LocalDate tour) {
        return !majorite(naissance).isAfter(tour.minusDays(1));
    }
}
