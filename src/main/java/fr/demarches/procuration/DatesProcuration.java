package fr.demarches.procuration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.demarches.scrutin.CalendrierElectoral;

/**
 * The dates a procuration may cover. Code électoral, article R74: one round, both rounds of one election, or a
 * period of one year at most. The two rounds of one election are at most two weeks apart
 * ({@link CalendrierElectoral#ECART_MAXIMAL_DES_TOURS}), so two dates further apart are not one election. A
 * procuration is asked for dates to come, never past ones.
 */
public final class DatesProcuration {

    private DatesProcuration() {
    }

    /** Why dates are refused; the first concerns the start date, the others the end date. */
    public enum Refus {
        DEBUT_PASSE, FIN_AVANT_DEBUT, TOURS_TROP_ECARTES, PERIODE_TROP_LONGUE
    }

    /** The last day a period starting on {@code debut} may cover (R74). */
    public static LocalDate finAuPlusTard(LocalDate debut) {
        return debut.plusYears(1);
    }

    /**
     * The refusals of these dates, none when they are allowed. {@code fin}: the second round or the end of the period,
     * ignored for one round; a missing date or scope is the form's to report, not a refusal here.
     */
    public static List<Refus> verifier(Portee portee, LocalDate debut, LocalDate fin, LocalDate aujourdhui) {
        var refus = new ArrayList<Refus>();
        if (debut == null) {
            return refus;
        }
        if (debut.isBefore(aujourdhui)) {
            refus.add(Refus.DEBUT_PASSE);
        }
        if (portee == Portee.UN_TOUR || fin == null) {
            return refus;
        }
        if (!fin.isAfter(debut)) {
            refus.add(Refus.FIN_AVANT_DEBUT);
        } else if (portee == Portee.DEUX_TOURS
                && fin.isAfter(debut.plusDays(CalendrierElectoral.ECART_MAXIMAL_DES_TOURS))) {
            refus.add(Refus.TOURS_TROP_ECARTES);
        } else if (portee == Portee.PERIODE && fin.isAfter(finAuPlusTard(debut))) {
            refus.add(Refus.PERIODE_TROP_LONGUE);
        }
        return refus;
    }
}
