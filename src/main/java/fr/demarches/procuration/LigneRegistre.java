package fr.demarches.procuration;

import static fr.demarches.shared.Dates.JOUR;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the registre des procurations; {@code bureauVote} is empty when the mandant is not in the list.
 * {@code etabliePar}: "autorité habilitée", or "en ligne (FranceConnect, eidas3)" for one established online with
 * no officer (décret n° 2025-1059).
 */
public record LigneRegistre(String bureauVote, String reference, String nomNaissance, String nomUsage, String prenoms,
        LocalDate dateNaissance, String mandataire, LocalDate dateNaissanceMandataire, Portee portee, LocalDate debut,
        LocalDate fin, Instant etablieLe, String etabliePar) {

    /** The period as the registre writes it, in the CSV and the PDF alike: "tour du 12/06/2027", "du … au …". */
    public String duree() {
        return switch (portee) {
            case UN_TOUR -> "tour du " + JOUR.format(debut);
            case DEUX_TOURS -> "tours des " + JOUR.format(debut) + " et " + JOUR.format(fin);
            case PERIODE -> "du " + JOUR.format(debut) + " au " + JOUR.format(fin);
        };
    }
}
