package fr.demarches.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where Tomcat writes the parts of an upload while the request is read ({@code upload_*.tmp}): a folder of its
 * own, {@code app.documents.televersements}, rather than a new temporary folder at each start, so that what a
 * crash leaves there is found and removed — at start and by the nightly sweep — once older than
 * {@code delai-fichiers-temporaires} (younger ones may belong to another instance's request in progress).
 * Replaces Spring Boot's element, keeping its limits ({@code spring.servlet.multipart.*}).
 */
@Configuration(proxyBeanMethods = false)
class ConfigurationTeleversements {

    /** Tomcat's name for a part written to disk (DiskFileItem). */
    static final String MOTIF = "upload_*.tmp";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationTeleversements.class);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, ProprietesDocuments proprietes,
            Clock horloge) {
        Path dossier = dossier(proprietes);
        try {
            Files.createDirectories(dossier);
            int supprimes = FichierTemporaire.supprimerAnciens(dossier, MOTIF,
                    horloge.instant().minus(proprietes.delaiFichiersTemporaires()));
            if (supprimes > 0) {
                LOG.info("Téléversements interrompus supprimés au démarrage : {} fichier(s) dans {}", supprimes, dossier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Dossier des téléversements inutilisable : " + dossier, e);
        }
        var standard = multipart.createMultipartConfig();
        return new MultipartConfigElement(dossier.toString(), standard.getMaxFileSize(), standard.getMaxRequestSize(),
                standard.getFileSizeThreshold());
    }

    /** Absolute: Tomcat would take a relative location inside its own temporary folder. */
    static Path dossier(ProprietesDocuments proprietes) {
        return proprietes.televersements().toAbsolutePath();
    }
}
