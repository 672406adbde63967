package fr.demarches.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in metropolitan France: Monday to Friday, except the eleven public holidays (Code du travail
 * L3133-1), three of which move with Easter. Alsace-Moselle's extra days are not counted: a connection date is
 * a national rule.
 */
public final class JoursOuvres {

    private static final Set<MonthDay> FIXES = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
            MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private JoursOuvres() {
    }

    /** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate paques(int annee) {
        int a = annee % 19;
        int b = annee / 100;
        int c = annee % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int mois = (h + l - 7 * m + 114) / 31;
        int jour = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(annee, mois, jour);
    }

    /** The public holidays of the year, in order. */
    public static Set<LocalDate> feries(int annee) {
        var jours = new TreeSet<LocalDate>();
        FIXES.forEach(j -> jours.add(j.atYear(annee)));
        LocalDate paques = paques(annee);
        jours.add(paques.plusDays(1)); // lundi de Pâques
        jours.add(paques.plusDays(39)); // Ascension
        jours.add(paques.plusDays(50)); // lundi de Pentecôte
        return jours;
    }

    public static boolean ferie(LocalDate jour) {
        return FIXES.contains(MonthDay.from(jour)) || mobile(jour);
    }

    public static boolean ouvre(LocalDate jour) {
        return jour.getDayOfWeek() != DayOfWeek.SATURDAY && jour.getDayOfWeek() != DayOfWeek.SUNDAY && !ferie(jour);
    }

    /** The first working day on or after {@code jour}. */
    public static LocalDate premierOuvreDesLe(LocalDate jour) {
        LocalDate j = jour;
        while (!ouvre(j)) {
            j = j.plusDays(1);
        }
        return j;
    }

    /** When a connection accepted on {@code jour} takes effect: the first working day of the following month. */
    public static LocalDate premierOuvreDuMoisSuivant(LocalDate jour) {
        return premierOuvreDesLe(jour.withDayOfMonth(1).plusMonths(1));
    }

    private static boolean mobile(LocalDate jour) {
        LocalDate paques = paques(jour.getYear());
        return jour.equals(paques.plusDays(1)) || jour.equals(paques.plusDays(39)) || jour.equals(paques.plusDays(50));
    }
}
