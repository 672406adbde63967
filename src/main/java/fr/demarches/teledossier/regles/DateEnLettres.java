package fr.demarches.teledossier.regles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as the rules' messages write it for the citizen: "4 février 2026". */
public final class DateEnLettres {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private DateEnLettres() {
    }

    public static String de(LocalDate date) {
        return FORMAT.format(date);
    }
}
