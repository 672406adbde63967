package fr.demarches.document.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.documents.*}: where contents are stored (local disk or S3-compatible object store), the size limits
 * (citizen upload, mairie deposit), the citizen's own space (documents and bytes at most), how long a mairie's
 * deposit is protected from deletion, how old an unreferenced content must be before the sweep, the local folders of
 * files being received, and the bounds of the structure check of uploads.
 */
@Validated
@ConfigurationProperties("app.documents")
public record ProprietesDocuments(
        @NotNull Path dossier,
        @NotNull DataSize tailleMax,
        @NotNull DataSize tailleMaxDepotMairie,
        @Min(1) int quotaDocuments,
        @NotNull DataSize quotaEspace,
        @NotNull Duration conservationDepotCommune,
        @NotNull Duration delaiBalayage,
        @NotNull Stockage stockage,
        @NotNull Duration delaiFichiersTemporaires,
        @NotNull Path televersements,
        @Valid @NotNull S3 s3,
        @Valid @NotNull Controle controle) {

    public enum Stockage {
        DISQUE, S3
    }

    /**
     * The object store when {@code stockage: s3}. Credentials and, unless {@code region} is set, the region come
     * from the standard AWS sources (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, profile, instance role).
     *
     * @param adresse the service's endpoint (Scaleway, OVH, Outscale, MinIO, Ceph…); empty for AWS itself
     * @param compartiment the bucket, created beforehand by the operator
     * @param prefixe put before every object name, e.g. {@code documents/}
     * @param accesParChemin path-style addressing ({@code https://endpoint/bucket/key}), needed by MinIO, Ceph and
     *        most self-hosted services
     * @param chiffrement server-side encryption asked on every write: empty (the bucket's default), {@code AES256}
     *        or {@code aws:kms}
     * @param cleKms the KMS key with {@code aws:kms}; empty for the service's default key
     * @param delai connection and read timeout of each request
     */
    public record S3(URI adresse, String region, @NotBlank String compartiment, String prefixe,
            boolean accesParChemin, String chiffrement, String cleKms, @NotNull Duration delai) {
    }

    /**
     * {@code controle.*}: the bounds of the structure check of uploads (see {@link ControleContenu}) — time per file,
     * files checked at once, PDFBox's scratch memory per PDF, largest image in pixels.
     */
    public record Controle(@NotNull Duration delai, @Min(1) int paralleles, @NotNull DataSize memoirePdf,
            @Min(1) long pixelsMax) {
    }
}
