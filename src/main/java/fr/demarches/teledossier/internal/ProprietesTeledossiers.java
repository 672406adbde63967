package fr.demarches.teledossier.internal;

import java.time.Duration;

import fr.demarches.teledossier.regles.ConservationElements;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.teledossiers.*}, checked at start-up (defaults in application.yml): how long a dossier's elements stay
 * downloadable after submission ({@link ConservationElements}), and how long an untouched request draft is kept.
 * The times of the two nightly purges ({@code purge-cron}, {@code purge-cron-brouillons}) are read by their
 * {@code @Scheduled} annotations.
 */
@Validated
@ConfigurationProperties("app.teledossiers")
public record ProprietesTeledossiers(
        @NotNull @DurationMin(days = 1) Duration dureeElements,
        @NotNull @DurationMin(days = 1) Duration dureeBrouillons) {

    /** The retention rule with the configured delay. */
    public ConservationElements conservation() {
        return new ConservationElements(dureeElements);
    }
}
