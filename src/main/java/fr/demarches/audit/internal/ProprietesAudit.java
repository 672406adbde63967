package fr.demarches.audit.internal;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.audit.*}: when the daily digest of the journal's hash chain is taken ({@code empreinte-cron}, read by
 * the job's {@code @Scheduled}), and the file it is also appended to ({@code fichier-empreintes}, none by default:
 * the application log only). Point the file at storage the database owner cannot rewrite.
 */
@Validated
@ConfigurationProperties("app.audit")
public record ProprietesAudit(@NotBlank String empreinteCron, Path fichierEmpreintes) {
}
