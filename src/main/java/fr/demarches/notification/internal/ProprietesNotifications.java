package fr.demarches.notification.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.notifications.*}: the service's public address (the links in the mails; application.yml fills it from
 * {@code app.url-publique}, which other modules read too), the sender, and after how long a mail that failed is sent
 * again (also the period of that retry). application.yml reads the older names ({@code app.courriel.*}) as the
 * defaults of the last two, so existing settings keep working.
 */
@Validated
@ConfigurationProperties("app.notifications")
record ProprietesNotifications(
        @NotBlank String urlPublique,
        @NotBlank String expediteur,
        @NotNull Duration relanceApres) {
}
