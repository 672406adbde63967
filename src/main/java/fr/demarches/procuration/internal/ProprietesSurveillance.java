package fr.demarches.procuration.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.procuration.surveillance.*}: how many references matching no pending request an officer
 * ({@code introuvables-par-officier}) or a unit ({@code introuvables-par-unite}) may type within {@code fenetre}
 * before an alert reaches the platform administrators. Kept below the look-up limits, which block.
 */
@Validated
@ConfigurationProperties("app.procuration.surveillance")
public record ProprietesSurveillance(@Min(1) int introuvablesParOfficier, @Min(1) int introuvablesParUnite,
        @NotNull Duration fenetre) {
}
