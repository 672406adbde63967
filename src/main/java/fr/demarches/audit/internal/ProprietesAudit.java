package fr.demarches.audit.internal;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.audit.*}: when the daily digest of the journal's hash chain is taken ({@code empreinte-cron}, read by
 * the job's {@code @Scheduled}), and the file it is also appended to ({@code fichier-empreintes}, none by default:
 * the application log only). Point the file at storage the database owner cannot rewrite. How often the committed
 * entries are chained ({@code periode-chainage}, read by {@link ChainageJournal}'s {@code @Scheduled}), and how long
 * an entry may stay unchained before the check reports it ({@code delai-chainage}: past it, the job is not running).
 * How many entries the journal's page counts exactly ({@code plafond-decompte}; beyond, "plus de …").
 */
@Validated
@ConfigurationProperties("app.audit")
public record ProprietesAudit(@NotBlank String empreinteCron, Path fichierEmpreintes, @NotNull Duration periodeChainage,
        @NotNull Duration delaiChainage, @Positive int plafondDecompte) {
}
