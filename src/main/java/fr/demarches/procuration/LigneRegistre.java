package fr.demarches.procuration;

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
}
