package fr.demarches.echange.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.echanges.sftp.*}: how long a connection step may take, the retry backoff of a push (doubling from
 * {@code premiereRelance} up to {@code relanceMax}, until the elements are purged), how many dossiers a run pushes,
 * the largest flux retour file read, and after how long a file claimed by a poller that died is taken up again.
 * The periods of the two scheduled jobs are read by their {@code @Scheduled} annotations, and shown to the
 * administrators as they are.
 */
@Validated
@ConfigurationProperties("app.echanges.sftp")
public record ProprietesEchanges(
        @NotNull Duration delai,
        @NotNull Duration premiereRelance,
        @NotNull Duration relanceMax,
        @Positive int lot,
        @NotNull DataSize tailleMaxFluxRetour,
        @NotNull Duration repriseApres,
        @NotNull Duration periodeEnvoi,
        @NotNull Duration periodeReleve) {

    /** The delay before the next attempt after {@code tentatives} failed ones: 1, 2, 4… minutes, then 6 hours. */
    public Duration relance(int tentatives) {
        int puissance = Math.min(Math.max(tentatives - 1, 0), 30);
        Duration delai = premiereRelance.multipliedBy(1L << puissance);
        return delai.compareTo(relanceMax) > 0 || delai.isNegative() ? relanceMax : delai;
    }
}
