package fr.demarches.shared;

import java.time.format.DateTimeFormatter;

/**
 * How a date is written for a user (pages, mails, PDFs, notices): day first, as in French, and an instant in Paris
 * time. One place, so that a CERFA, a mail and a page never write the same day two ways. The XML of the dossier
 * keeps its own formatter: its format is the exchange's, not a display.
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

    private Dates() {
    }
}
