package fr.demarches.document.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.documents.*}: where contents are stored, the size limits (citizen upload, mairie deposit), how long
 * a mairie's deposit is protected from deletion, and how old an unreferenced content must be before the sweep.
 */
@ConfigurationProperties("app.documents")
public record ProprietesDocuments(
        @DefaultValue("data/documents") Path dossier,
        @DefaultValue("5MB") DataSize tailleMax,
        @DefaultValue("1024KB") DataSize tailleMaxDepotMairie,
        @DefaultValue("365d") Duration conservationDepotCommune,
        @DefaultValue("1d") Duration delaiBalayage) {
}
