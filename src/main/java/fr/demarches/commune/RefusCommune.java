package fr.demarches.commune;

import fr.demarches.shared.Refus;

/**
 * What the commune rules refuse, with the French message to show: a commune not connected, a raccordement request
 * that cannot be decided (unknown, decided already, commune connected meanwhile), settings the rules refuse
 * (incomplete sFTP settings, a bad image or fingerprint, the last postal code). The screens show the message; none
 * needs to tell these apart.
 */
public final class RefusCommune extends Refus {

    public RefusCommune(String message) {
        super(message);
    }
}
