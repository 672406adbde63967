package fr.demarches.procuration;

/**
 * An officer refused a mandant's cancellation: the procuration stays as it was, and the mandant is told why (the
 * officer's screen says so).
 */
public record ResiliationRefusee(String reference, String courrielMandant, String motif) {
}
