package fr.demarches.teledossier.regles;

import java.time.LocalDate;
import java.util.Optional;

import fr.demarches.shared.MajoriteElectorale;

/**
 * One may vote at a round when 18 by the day before it (Code électoral L2: "âgés de dix-huit ans accomplis"; the
 * mission's sources). Someone who turns 18 between the two rounds votes at the second one: L11 (II, 1°) registers
 * by right those of age « à la date à laquelle ce second tour a vocation à être organisé », and L30 (3°) lets them
 * ask until the L30 deadline. A younger applicant is warned, never blocked: the registration then takes effect
 * later, and the mairie decides.
 */
public final class RegleAgeIle {

    private RegleAgeIle() {
    }

    /** Whether the applicant is 18 on the day before {@code premierTour}. */
    public static boolean majeurAuScrutin(LocalDate naissance, LocalDate premierTour) {
        return majeurAuTour(naissance, premierTour);
    }

    /** Whether the applicant is 18 on the day before the round held on {@code tour} ({@link MajoriteElectorale}). */
    public static boolean majeurAuTour(LocalDate naissance, LocalDate tour) {
        return MajoriteElectorale.majeurAuTour(naissance, tour);
    }

    /**
     * The first round of a ballot the applicant is old enough to vote at: the first round, else the second one
     * ({@code secondTour} null for a one-round ballot), else none.
     */
    public static Optional<LocalDate> premierTourOuvert(LocalDate naissance, LocalDate premierTour, LocalDate secondTour) {
        if (majeurAuTour(naissance, premierTour)) {
            return Optional.of(premierTour);
        }
        return secondTour != null && majeurAuTour(naissance, secondTour) ? Optional.of(secondTour) : Optional.empty();
    }

    public static LocalDate majorite(LocalDate naissance) {
        return MajoriteElectorale.majorite(naissance);
    }
}
