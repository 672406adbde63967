package fr.demarches.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import fr.demarches.document.StockageContenus;
import fr.demarches.document.StockageIndisponible;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Contents as objects of an S3-compatible store, named {@code <prefixe><sha256>}. The bytes are first copied to
 * a local temporary file while their SHA-256 is computed, then sent in one PUT of known length: the service
 * makes an object visible whole or not at all, so a failed or interrupted upload leaves no object. A content
 * already present is not sent again (written once). Reads stream from the service.
 */
class StockageS3 implements StockageContenus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StockageS3.class);

    private final S3Client client;
    private final String compartiment;
    private final String prefixe;
    private final ServerSideEncryption chiffrement;
    private final String cleKms;
    private final Path temporaires;
    private final VerrousContenus verrous;

    StockageS3(S3Client client, ProprietesDocuments.S3 reglages, Path temporaires, VerrousContenus verrous) {
        this.client = client;
        this.compartiment = reglages.compartiment();
        this.prefixe = reglages.prefixe() == null ? "" : reglages.prefixe();
        this.chiffrement = ClientS3.chiffrement(reglages.chiffrement());
        this.cleKms = StringUtils.hasText(reglages.cleKms()) ? reglages.cleKms() : null;
        this.temporaires = temporaires;
        this.verrous = verrous;
    }

    @Override
    public ContenuEcrit ecrire(InputStream flux) throws IOException {
        try (var temporaire = FichierTemporaire.ecrire(temporaires, flux, false)) {
            verrous.avantPublication(temporaire.empreinte());
            String cle = cle(temporaire.empreinte());
            if (!existe(cle)) {
                client.putObject(PutObjectRequest.builder().bucket(compartiment).key(cle)
                        .contentLength(temporaire.taille()).contentType("application/octet-stream")
                        .serverSideEncryption(chiffrement).ssekmsKeyId(cleKms).build(),
                        RequestBody.fromFile(temporaire.fichier()));
            }
            return new ContenuEcrit(temporaire.empreinte(), temporaire.taille());
        } catch (SdkException e) {
            LOG.warn("Document non enregistré : stockage S3 en échec ({})", e.toString());
            throw new StockageIndisponible();
        }
    }

    @Override
    public InputStream lire(String empreinte) throws IOException {
        String cle = cle(empreinte);
        try {
            return client.getObject(r -> r.bucket(compartiment).key(cle));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(cle);
        } catch (SdkException e) {
            throw new IOException("Stockage S3 injoignable : contenu " + cle + " illisible", e);
        }
    }

    @Override
    public void supprimer(String empreinte) throws IOException {
        String cle = cle(empreinte);
        try {
            client.deleteObject(r -> r.bucket(compartiment).key(cle));
        } catch (SdkException e) {
            throw new IOException("Stockage S3 injoignable : contenu " + cle + " non supprimé", e);
        }
    }

    /** Lazily, page by page; an outage midway ends the stream with an {@link SdkException}. */
    @Override
    public Stream<String> ecritsAvant(Instant avant) throws IOException {
        try {
            return client.listObjectsV2Paginator(r -> r.bucket(compartiment).prefix(prefixe)).contents().stream()
                    .filter(o -> o.lastModified().isBefore(avant))
                    .map(o -> o.key().substring(prefixe.length()))
                    .filter(nom -> StockageFichiers.EMPREINTE.matcher(nom).matches());
        } catch (SdkException e) {
            throw new IOException("Stockage S3 injoignable : liste des contenus impossible", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private boolean existe(String cle) {
        try {
            client.headObject(r -> r.bucket(compartiment).key(cle));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private String cle(String empreinte) {
        if (empreinte == null || !StockageFichiers.EMPREINTE.matcher(empreinte).matches()) {
            throw new IllegalArgumentException("Empreinte invalide");
        }
        return prefixe + empreinte;
    }
}
