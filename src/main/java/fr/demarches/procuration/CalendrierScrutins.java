package fr.demarches.procuration;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a procuration's dates match ballots of the calendar. Without a bean implementing it (the calendar is
 * not there yet), the check is "unknown".
 */
public interface CalendrierScrutins {

    /** Empty when the calendar cannot tell; otherwise the check's outcome and reason. */
    Optional<Controle> verifier(Portee portee, LocalDate debut, LocalDate fin);
}
