package fr.demarches.teledossier.regles;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a young French person may do the recensement citoyen, and what the online request answers. Code du service
 * national, art. L113-1 and R*111-1: "entre la date à laquelle il atteint l'âge de seize ans et la fin du troisième
 * mois suivant", a late recensement regularising the situation until 25 (the sources, mission 001: "Les français non
 * recensés peuvent régulariser leur situation jusqu'à l'âge de 25 ans"). Someone who became French between 16 and 25
 * (art. L113-3; R*111-2: "entre la date à laquelle elles ont acquis la nationalité française ou celle à laquelle
 * cette nationalité leur a été notifiée et celle marquant la fin du premier mois qui suit") is in time until the end
 * of the month after the acquisition, even past the 25th birthday; mission README, "RCO rules". So: refused before
 * the 16th birthday and from the 25th (save that month); accepted in either window; accepted with a warning as a
 * regularisation in between.
 */
public record FenetreRecensement(Periode periode, LocalDate seizeAns, LocalDate finDelai, LocalDate vingtCinqAns,
        LocalDate acquisitionNationalite, LocalDate finDelaiAcquisition) {

    /** {@code APRES_ACQUISITION}: in the month after acquiring French nationality, outside the 16-year window. */
    public enum Periode {
        TROP_TOT, DANS_LE_DELAI, APRES_ACQUISITION, REGULARISATION, TROP_TARD
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

    /** Someone French from birth. */
    public static FenetreRecensement pour(LocalDate naissance, LocalDate aujourdhui) {
        return pour(naissance, null, aujourdhui);
    }

    /**
     * {@code acquisitionNationalite}: the day French nationality was acquired (or notified), null for someone French
     * from birth; an acquisition before 16 or from 25 changes nothing (the 16-year window applies, or nothing).
     */
    public static FenetreRecensement pour(LocalDate naissance, LocalDate acquisitionNationalite, LocalDate aujourdhui) {
        LocalDate seize = naissance.plusYears(16);
        LocalDate fin = seize.plusMonths(3).with(TemporalAdjusters.lastDayOfMonth());
        LocalDate vingtCinq = naissance.plusYears(25);
        boolean acquiseEntre16Et25 = acquisitionNationalite != null && !acquisitionNationalite.isBefore(seize)
                && acquisitionNationalite.isBefore(vingtCinq);
        LocalDate finAcquisition = acquiseEntre16Et25
                ? acquisitionNationalite.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()) : null;
        Periode periode;
        if (aujourdhui.isBefore(seize)) {
            periode = Periode.TROP_TOT;
        } else if (!aujourdhui.isAfter(fin)) {
            periode = Periode.DANS_LE_DELAI;
        } else if (finAcquisition != null && !aujourdhui.isBefore(acquisitionNationalite)
                && !aujourdhui.isAfter(finAcquisition)) {
            periode = Periode.APRES_ACQUISITION;
        } else if (aujourdhui.isBefore(vingtCinq)) {
            periode = Periode.REGULARISATION;
        } else {
            periode = Periode.TROP_TARD;
        }
        return new FenetreRecensement(periode, seize, fin, vingtCinq, acquiseEntre16Et25 ? acquisitionNationalite : null,
                finAcquisition);
    }

    /**
     * The ground of a request made in the month after acquiring nationality, as the dossier states it (CERFA, data
     * file, the mairie's page); empty otherwise.
     */
    public Optional<String> motifAcquisition() {
        return periode != Periode.APRES_ACQUISITION ? Optional.empty()
                : Optional.of("Recensement dans le mois qui suit l'acquisition de la nationalité française (le "
                        + DateEnLettres.de(acquisitionNationalite) + ") : délai jusqu'au "
                        + DateEnLettres.de(finDelaiAcquisition)
                        + " (code du service national, art. L113-3 et R*111-2).");
    }

    public boolean accepte() {
        return decision() instanceof Acceptee;
    }

    public Decision decision() {
        return switch (periode) {
            case TROP_TOT -> new Refusee(periode, "Le recensement se fait à partir de 16 ans : revenez à partir du "
                    + DateEnLettres.de(seizeAns) + ".");
            case TROP_TARD -> new Refusee(periode, "À partir de 25 ans, le recensement n'est plus possible : pour "
                    + "régulariser la situation, adressez-vous au centre du service national et de la jeunesse du "
                    + "département.");
            case DANS_LE_DELAI, APRES_ACQUISITION -> new Acceptee(periode, Optional.empty());
            case REGULARISATION -> new Acceptee(periode, Optional.of((finDelaiAcquisition == null
                    ? "Le délai normal de recensement (jusqu'au " + DateEnLettres.de(finDelai)
                    : "Le délai de recensement après l'acquisition de la nationalité française (jusqu'au "
                            + DateEnLettres.de(finDelaiAcquisition))
                    + ") est dépassé : la demande vaut régularisation, possible jusqu'à la veille des 25 ans."));
        };
    }

    /** The warning of an accepted late request; empty otherwise. */
    public Optional<String> avertissement() {
        return decision() instanceof Acceptee acceptee ? acceptee.avertissement() : Optional.empty();
    }
}
