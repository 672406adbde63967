package fr.demarches.notification.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.notifications.*}: the service's public address (the links in the mails; application.yml fills it from
 * {@code app.url-publique}, which other modules read too), the sender, after how long a mail that failed is sent
 * again (also the period of that retry), and after how long a mail sent again but still unfinished is taken as
 * abandoned (its instance stopped), and how often the publications finished meanwhile are deleted together
 * ({@link FinsDePublication}). application.yml reads the older names ({@code app.courriel.*}) as the defaults of
 * the sender and the retry delay, so existing settings keep working.
 */
@Validated
@ConfigurationProperties("app.notifications")
record ProprietesNotifications(
        @NotBlank String urlPublique,
        @NotBlank String expediteur,
        @NotNull Duration relanceApres,
        @NotNull Duration relanceAbandonneeApres,
        @NotNull @DurationMin(millis = 1) Duration finsDePublicationToutesLes) {
}
