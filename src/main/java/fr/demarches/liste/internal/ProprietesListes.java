package fr.demarches.liste.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.listes.*}: "ma situation électorale" allows {@code consultations} look-ups per citizen account within
 * {@code fenetre}, then none for {@code blocage} (counters in the database, shared by every instance).
 */
@Validated
@ConfigurationProperties("app.listes")
public record ProprietesListes(@Valid @NotNull SituationElectorale situationElectorale) {

    public record SituationElectorale(@Positive int consultations, @NotNull Duration fenetre,
            @NotNull Duration blocage) {
    }
}
