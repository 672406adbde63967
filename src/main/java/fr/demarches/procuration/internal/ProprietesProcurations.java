package fr.demarches.procuration.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.procurations.*}: how long a request (or a cancellation) waits for an officer, the reference look-ups
 * allowed per officer and per unit within {@code recherchesFenetre} before {@code recherchesBlocage}, and the
 * alert thresholds on references matching nothing ({@code surveillance}). The nightly
 * expiry's time ({@code expiration-cron}) is read by its {@code @Scheduled} annotation. application.yml reads
 * the older names ({@code app.procuration.surveillance.*}) as the defaults of {@code surveillance.*}.
 * {@code niveauIdentiteEnLigne}: the sign-in level ({@code acr}) at or above which a procuration is established
 * online with no officer ({@link fr.demarches.procuration.EtablissementEnLigne}).
 */
@Validated
@ConfigurationProperties("app.procurations")
public record ProprietesProcurations(
        @NotNull Duration delaiValidation,
        @Positive int recherchesParOfficier,
        @Positive int recherchesParUnite,
        @NotNull Duration recherchesFenetre,
        @NotNull Duration recherchesBlocage,
        @Valid @NotNull Surveillance surveillance,
        @jakarta.validation.constraints.NotBlank String niveauIdentiteEnLigne) {

    /**
     * {@code surveillance.*}: how many references matching no pending request an officer
     * ({@code introuvables-par-officier}) or a unit ({@code introuvables-par-unite}) may type within {@code fenetre}
     * before an alert reaches the platform administrators. Kept below the look-up limits, which block.
     */
    public record Surveillance(@Min(1) int introuvablesParOfficier, @Min(1) int introuvablesParUnite,
            @NotNull Duration fenetre) {
    }
}
