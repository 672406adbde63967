package fr.demarches.document.internal;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.documents.*}: where contents are stored, the size limits (citizen upload, mairie deposit), how long
 * a mairie's deposit is protected from deletion, and how old an unreferenced content must be before the sweep. When
 * the sweep runs ({@code balayage}) is read by its {@code @Scheduled} annotation. Defaults in application.yml.
 */
@Validated
@ConfigurationProperties("app.documents")
public record ProprietesDocuments(
        @NotNull Path dossier,
        @NotNull DataSize tailleMax,
        @NotNull DataSize tailleMaxDepotMairie,
        @NotNull Duration conservationDepotCommune,
        @NotNull Duration delaiBalayage) {
}
