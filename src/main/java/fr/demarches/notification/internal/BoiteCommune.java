package fr.demarches.notification.internal;

import java.util.Optional;

import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Raccordements.RaccordementVue;

/** The commune's mailbox for a notice: the one its event carries, read by the action that published it. */
final class BoiteCommune {

    private BoiteCommune() {
    }

    /** {@code portee}, else the commune's connection's, for an event recorded before it carried one. */
    static Optional<String> de(String portee, String communeInsee, Raccordements raccordements) {
        return Optional.ofNullable(portee)
                .or(() -> raccordements.de(communeInsee).map(RaccordementVue::boiteFonctionnelle));
    }
}
