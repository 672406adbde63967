package fr.demarches.procuration;

import fr.demarches.shared.Refus;

/**
 * What the procuration rules refuse, with the French message to show: a procuration no longer in the state the action
 * starts from (decided meanwhile, expired), a commune that does not receive procurations online, a decision without
 * the identity document checked or the reason of a refusal; and too many look-ups, which the officer's screen answers
 * in its own way.
 */
public sealed class RefusProcuration extends Refus permits RechercheLimiteeException {

    public RefusProcuration(String message) {
        super(message);
    }
}
