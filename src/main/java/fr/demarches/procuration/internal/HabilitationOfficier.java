package fr.demarches.procuration.internal;

import java.util.UUID;

import fr.demarches.compte.Authentification;

import org.springframework.stereotype.Component;

/**
 * Re-checks, at each look-up and decision, what the login checked once: an officer signed in before the unit was
 * disabled or the habilitation ended must not go on.
 */
@Component
public class HabilitationOfficier {

    private final Authentification authentification;

    HabilitationOfficier(Authentification authentification) {
        this.authentification = authentification;
    }

    public boolean valide(UUID officierId) {
        return authentification.toujoursAutorise(officierId);
    }
}
