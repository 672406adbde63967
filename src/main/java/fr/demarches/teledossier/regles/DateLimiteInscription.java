package fr.demarches.teledossier.regles;

import java.time.Instant;
import java.time.LocalDate;

import fr.demarches.shared.DatesElectorales;
import fr.demarches.shared.Fuseau;

/**
 * The last day of an online registration request for a ballot: the 6th Wednesday before its first round. A later
 * request is accepted but counts for the following ballots; the submission time decides, in French time.
 */
public final class DateLimiteInscription {

    private DateLimiteInscription() {
    }

    public static LocalDate pour(LocalDate premierTour) {
        return DatesElectorales.dateLimiteInscriptionEnLigne(premierTour);
    }

    /** Whether a request submitted at {@code depot} comes after the last day (which is included). */
    public static boolean depassee(LocalDate dateLimite, Instant depot) {
        return LocalDate.ofInstant(depot, Fuseau.PARIS).isAfter(dateLimite);
    }
}
