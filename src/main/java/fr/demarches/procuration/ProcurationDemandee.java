package fr.demarches.procuration;

import java.time.Instant;

/** A mandant submitted a request (or a cancellation): he or she gets the reference by mail. */
public record ProcurationDemandee(String reference, boolean resiliation, String courrielMandant, Instant expireLe) {
}
