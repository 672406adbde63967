package fr.demarches.portail.panne;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.portail.indisponibilite.*}: the {@code Retry-After} of the "service momentanément indisponible" page.
 * How long a request waits for the database before it is shown is Hikari's own
 * {@code spring.datasource.hikari.connection-timeout}.
 */
@Validated
@ConfigurationProperties("app.portail.indisponibilite")
public record ProprietesIndisponibilite(@NotNull Duration reessayerApres) {
}
