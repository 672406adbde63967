package fr.demarches.portail.securite;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Login throttling ({@code app.securite.connexion.*}): {@code echecsParCompte} failures on one identifier, or
 * {@code echecsParIp} from one address, within {@code fenetre} block further attempts for {@code blocage}.
 */
record ReglesConnexion(@Positive int echecsParCompte, @Positive int echecsParIp, @NotNull Duration fenetre,
        @NotNull Duration blocage) {
}
