package fr.demarches.procuration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A checked request, ready to submit. The mandataire is designated by {@code nneMandataire} + date of birth, or
 * by civil status + {@code communeMandataire} (then {@code nneMandataire} is null). For one round, {@code fin}
 * equals {@code debut}; for two rounds, {@code fin} is the second round's date.
 */
public record Demande(UUID usagerId, String courrielMandant, String communeInsee, String nneMandant,
        String nomNaissance, String nomUsage, String prenoms, LocalDate dateNaissance, String lieuNaissance,
        String nneMandataire, String nomNaissanceMandataire, String prenomsMandataire,
        LocalDate dateNaissanceMandataire, String communeMandataire, Portee portee, LocalDate debut, LocalDate fin) {
}
