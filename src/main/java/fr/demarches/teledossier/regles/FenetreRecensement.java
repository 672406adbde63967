package fr.demarches.teledossier.regles;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a young French person may do the recensement citoyen, and what the online request answers. Code du service
 * national, art. L113-1: "entre la date à laquelle il atteint l'âge de seize ans et la fin du troisième mois
 * suivant", a late recensement regularising the situation until 25 (the sources, mission 001: "Les français non
 * recensés peuvent régulariser leur situation jusqu'à l'âge de 25 ans"). So: refused before the 16th birthday and
 * from the 25th; accepted in the window; accepted with a warning as a regularisation in between.
 */
public record FenetreRecensement(Periode periode, LocalDate seizeAns, LocalDate finDelai, LocalDate vingtCinqAns) {

    public enum Periode {
        TROP_TOT, DANS_LE_DELAI, REGULARISATION, TROP_TARD
    }

    /** What the request answers on this day: refused (why, on the date of birth), or accepted (with a warning). */
    public sealed interface Decision {
    }

    /** {@code motif}: the French message shown beside the date of birth. */
    public record Refusee(Periode periode, String motif) implements Decision {
    }

    /** {@code avertissement}: shown on the review page, empty in the normal window. */
    public record Acceptee(Periode periode, Optional<String> avertissement) implements Decision {
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
        return decision() instanceof Acceptee;
    }

    public Decision decision() {
        return switch (periode) {
            case TROP_TOT -> new Refusee(periode, "Le recensement se fait à partir de 16 ans : revenez à partir du "
                    + DateEnLettres.de(seizeAns) + ".");
            case TROP_TARD -> new Refusee(periode, "À partir de 25 ans, le recensement n'est plus possible : pour "
                    + "régulariser votre situation, adressez-vous au centre du service national et de la jeunesse de "
                    + "votre département.");
            case DANS_LE_DELAI -> new Acceptee(periode, Optional.empty());
            case REGULARISATION -> new Acceptee(periode, Optional.of("Le délai normal de recensement (jusqu'au "
                    + DateEnLettres.de(finDelai) + ") est dépassé : votre demande vaut régularisation, possible "
                    + "jusqu'à la veille de vos 25 ans."));
        };
    }

    /** The warning of an accepted late request; empty otherwise. */
    public Optional<String> avertissement() {
        return decision() instanceof Acceptee acceptee ? acceptee.avertissement() : Optional.empty();
    }
}
