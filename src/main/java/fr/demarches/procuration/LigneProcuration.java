package fr.demarches.procuration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the commune's list of received procurations. */
public record LigneProcuration(UUID id, String reference, String nomNaissance, String prenoms, Portee portee,
        LocalDate debut, LocalDate fin, Instant etablieLe, EtatProcuration etat) {
}
