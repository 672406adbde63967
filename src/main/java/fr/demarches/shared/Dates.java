package fr.demarches.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * How a date is written for a user (pages, mails, PDFs, exports) and read from what a user types: day first, as in
 * French, and an instant in Paris time. One place, so that a CERFA, a mail and a page never write the same day two
 * ways, and every form reads a date alike. The XML of the dossier keeps its own formatter: its format is the
 * exchange's, not a display.
 */
public final class Dates {

    /** 12/06/2027 (a date, or an instant's day in Paris). */
    public static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Fuseau.PARIS);

    /** 12/06/2027 à 14:05 */
    public static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(Fuseau.PARIS);

    /** 12/06/2027 à 14:05:09, where the second matters (time of a deposit, of a receipt). */
    public static final DateTimeFormatter JOUR_HEURE_SECONDES = DateTimeFormatter
            .ofPattern("dd/MM/yyyy 'à' HH:mm:ss").withZone(Fuseau.PARIS);

    /** 12/06/2027 14:05, in a column (the working list). */
    public static final DateTimeFormatter COLONNE_JOUR_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Fuseau.PARIS);

    /** 12/06/2027 14:05:09, in a column of an export (the audit journal). */
    public static final DateTimeFormatter COLONNE_HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(Fuseau.PARIS);

    private static final DateTimeFormatter SAISIE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * A date as a user gives it: a date field sends 2027-06-12; where the browser has no date picker, or in an
     * imported file, it is typed 12/06/2027. Strict: 31/02/2027 is not a date.
     *
     * @throws DateTimeParseException when it is neither
     */
    public static LocalDate lire(String saisie) {
        String texte = saisie.strip();
        LocalDate date = texte.contains("/") ? LocalDate.parse(texte, SAISIE) : LocalDate.parse(texte);
        if (!plausible(date)) {
            throw new DateTimeParseException("Année hors de 1000 à 9999", texte, 0);
        }
        return date;
    }

    /**
     * A four-digit year. Java reads +999999999-12-31 or 0000-01-01, which PostgreSQL (no year 0) and date arithmetic
     * (18 years later) refuse: a typed date outside this range is not a date, so its field says so.
     */
    public static boolean plausible(LocalDate date) {
        return date.getYear() >= 1000 && date.getYear() <= 9999;
    }

    private Dates() {
    }
}
