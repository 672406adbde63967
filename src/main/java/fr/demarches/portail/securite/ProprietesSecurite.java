package fr.demarches.portail.securite;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.securite.*}: the second login step of the Gestionnaire de Suivi (off only to measure performance,
 * never in production) and the login throttling. application.yml reads the older names
 * ({@code demarches.securite.second-facteur}, {@code app.connexion.*}) as their defaults.
 */
@Validated
@ConfigurationProperties("app.securite")
record ProprietesSecurite(boolean secondFacteur, @Valid @NotNull ReglesConnexion connexion) {
}
