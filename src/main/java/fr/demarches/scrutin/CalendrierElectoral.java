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

    /**
     * The most days between the two rounds of one election: the presidential election's second round is « le
     * quatorzième jour suivant » the first (Constitution, art. 7), the others' « le dimanche suivant » (code électoral
     * L56 for deputies, departmental and municipal councillors; L338 for regional councillors).
     */
    public static final int ECART_MAXIMAL_DES_TOURS = 14;

    private CalendrierElectoral() {
    }

    /**
     * Whether an election of this type may have a second round. The European Parliament's members are elected in one
     * round, by list proportional representation (loi n° 77-729 du 7 juillet 1977, art. 3); a referendum asks one
     * question once (Constitution, art. 11 and 89).
     */
    public static boolean aUnSecondTour(TypeScrutin type) {
        return type != TypeScrutin.EUROPEENNES && type != TypeScrutin.REFERENDUM;
    }

    /**
     * The last day of an online registration request: the 6th Wednesday before the first round. Code électoral
     * L17 (since the 2019 reform) sets the 6th Friday for a request on paper; R5 (décret 2021-1740) sets « le
     * sixième mercredi précédant le scrutin à minuit » for the téléservice. A Wednesday ballot does not count itself.
     */
    public static LocalDate dateLimiteInscriptionEnLigne(LocalDate premierTour) {
        return premierTour.with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY)).minusWeeks(5);
    }

    /**
     * The last day of a request under Code électoral L30 (civil servants moved or retired, military returned to
     * civilian life, move for professional reasons, turning 18, new French nationals, rights restored by a court):
     * « jusqu'au dixième jour précédant ce scrutin », counted from the first round, whatever the usual deadline.
     * The téléservice takes these requests too (service-public.fr, législatives of 30 June 2024: until 20 June).
     */
    public static LocalDate dateLimiteCasParticuliers(LocalDate premierTour) {
        return premierTour.minusDays(10);
    }

    /**
     * Where a request submitted at {@code depot} stands for a ballot: within the usual deadline, within the L30
     * one only (it counts for the ballot if one of the L30 grounds applies), or after both (later ballots only).
     * Each last day is included until midnight in French time.
     */
    public static Periode periode(LocalDate dateLimite, LocalDate premierTour, Instant depot) {
        if (!apresDateLimite(dateLimite, depot)) {
            return Periode.DANS_LES_DELAIS;
        }
        return apresDateLimite(dateLimiteCasParticuliers(premierTour), depot) ? Periode.APRES : Periode.CAS_PARTICULIERS;
    }

    public enum Periode {
        DANS_LES_DELAIS, CAS_PARTICULIERS, APRES
    }

    /**
     * Whether a request submitted at {@code depot} comes after {@code dateLimite}, which is included until midnight
     * in French time: the submission time decides (the sources), not the day the mairie reads it.
     */
    public static boolean apresDateLimite(LocalDate dateLimite, Instant depot) {
        return LocalDate.ofInstant(depot, Fuseau.PARIS).isAfter(dateLimite);
    }
}
