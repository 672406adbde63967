package fr.demarches.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import fr.demarches.document.StockageContenus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store named by {@code app.documents.stockage}: the local disk (one machine, the default) or an
 * S3-compatible object store (several instances). Either way the folder {@code app.documents.dossier} holds the
 * temporary files of the writes in progress.
 */
@Configuration(proxyBeanMethods = false)
class ConfigurationDocuments {

    @Bean
    StockageContenus stockageContenus(ProprietesDocuments proprietes, VerrousContenus verrous) {
        return switch (proprietes.stockage()) {
            case DISQUE -> new StockageFichiers(proprietes.dossier(), verrous);
            case S3 -> stockageS3(proprietes, verrous);
        };
    }

    static StockageS3 stockageS3(ProprietesDocuments proprietes, VerrousContenus verrous) {
        var temporaires = proprietes.dossier().toAbsolutePath();
        try {
            Files.createDirectories(temporaires);
        } catch (IOException e) {
            throw new UncheckedIOException("Dossier des fichiers temporaires inutilisable : " + temporaires, e);
        }
        var client = ClientS3.creer(proprietes.s3());
        try {
            ClientS3.verifierCompartiment(client, proprietes.s3().compartiment());
            return new StockageS3(client, proprietes.s3(), temporaires, verrous);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }
}
