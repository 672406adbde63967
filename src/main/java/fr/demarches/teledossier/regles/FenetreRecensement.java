package fr.demarches.teledossier.regles;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When a young person may do the recensement citoyen: from the 16th birthday to the last day of the 3rd month
 * after the birthday's month; later, as a regularisation, until the day before the 25th birthday.
 */
public record FenetreRecensement(Periode periode, LocalDate seizeAns, LocalDate finDelai, LocalDate vingtCinqAns) {

    public enum Periode {
        TROP_TOT, DANS_LE_DELAI, REGULARISATION, TROP_TARD
    }

    public static FenetreRecensement pour(LocalDate naissance, LocalDate aujourdhui) {
        LocalDate seize = naissance.plusYears(16);
        LocalDate fin = seize.plusMonths(3).with(TemporalAdjusters.lastDayOfMonth());
        LocalDate vingtCinq = naissance.plusYears(25);
        Periode periode;
        if (aujourdhui.isBefore(seize)) {
            periode = Periode.TROP_TOT;
        } else if (!aujourdhui.isAfter(fin)) {
            periode = Periode.DANS_LE_DELAI;
        } else if (aujourdhui.isBefore(vingtCinq)) {
            periode = Periode.REGULARISATION;
        } else {
            periode = Periode.TROP_TARD;
        }
        return new FenetreRecensement(periode, seize, fin, vingtCinq);
    }

    public boolean accepte() {
        return periode == Periode.DANS_LE_DELAI || periode == Periode.REGULARISATION;
    }
}
