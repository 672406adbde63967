package fr.demarches.procuration;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.procurations.*}: how long a request (or a cancellation) waits for an officer, the reference look-ups
 * allowed per officer and per unit within {@code recherchesFenetre} before {@code recherchesBlocage}. The nightly
 * expiry's time ({@code expiration-cron}) is read by its {@code @Scheduled} annotation.
 */
@Validated
@ConfigurationProperties("app.procurations")
record ProprietesProcurations(
        @NotNull Duration delaiValidation,
        @Positive int recherchesParOfficier,
        @Positive int recherchesParUnite,
        @NotNull Duration recherchesFenetre,
        @NotNull Duration recherchesBlocage) {
}
