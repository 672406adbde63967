package fr.demarches.procuration;

import java.time.Duration;
import java.util.UUID;

/**
 * An officer, or a unit, typed many references that match no pending request within a short time: the pattern of
 * someone trying references at random. Raised once per window; the platform administrators are told by mail.
 * {@code officier} is null when the unit as a whole crossed its threshold.
 */
public record EnumerationReferencesSoupconnee(String officier, UUID uniteId, int introuvables, Duration fenetre) {
}
