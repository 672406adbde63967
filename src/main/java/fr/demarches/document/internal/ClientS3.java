package fr.demarches.document.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Builds the S3 client from {@code app.documents.s3.*} and the standard AWS sources, and checks the bucket. */
final class ClientS3 {

    private static final Logger LOG = LoggerFactory.getLogger(ClientS3.class);

    private ClientS3() {
    }

    static S3Client creer(ProprietesDocuments.S3 reglages) {
        var constructeur = S3Client.builder()
                .forcePathStyle(reglages.accesParChemin())
                // Checksums only where the API requires them: several S3-compatible services refuse the SDK's
                // newer default (CRC32 trailers in aws-chunked bodies). The body is signed or sent over TLS.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(reglages.delai())
                        .socketTimeout(reglages.delai()));
        if (reglages.adresse() != null) {
            constructeur.endpointOverride(reglages.adresse());
        }
        if (StringUtils.hasText(reglages.region())) {
            constructeur.region(Region.of(reglages.region()));
        }
        try {
            return constructeur.build();
        } catch (SdkException e) {
            throw new IllegalStateException("Client S3 impossible à créer (" + e.getMessage() + ") : indiquez la "
                    + "région par AWS_REGION ou app.documents.s3.region, et les identifiants par AWS_ACCESS_KEY_ID "
                    + "et AWS_SECRET_ACCESS_KEY", e);
        }
    }

    /** A missing bucket stops the start (a setting to fix); an unreachable service only warns (it may come back). */
    static void verifierCompartiment(S3Client client, String compartiment) {
        try {
            client.headBucket(r -> r.bucket(compartiment));
        } catch (NoSuchBucketException e) {
            throw compartimentAbsent(compartiment);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw compartimentAbsent(compartiment);
            }
            LOG.warn("Compartiment S3 « {} » non vérifié : {}", compartiment, e.getMessage());
        } catch (SdkException e) {
            LOG.warn("Stockage S3 injoignable au démarrage ({}) : les documents seront indisponibles jusqu'à son retour",
                    e.getMessage());
        }
    }

    static ServerSideEncryption chiffrement(String valeur) {
        if (!StringUtils.hasText(valeur)) {
            return null;
        }
        var chiffrement = ServerSideEncryption.fromValue(valeur);
        if (chiffrement == ServerSideEncryption.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalStateException("app.documents.s3.chiffrement : « " + valeur
                    + " » inconnu ; valeurs admises : AES256, aws:kms, ou vide");
        }
        return chiffrement;
    }

    private static IllegalStateException compartimentAbsent(String compartiment) {
        return new IllegalStateException("Le compartiment S3 « " + compartiment + " » n'existe pas : créez-le (avec "
                + "son chiffrement par défaut) ou corrigez app.documents.s3.compartiment");
    }
}
