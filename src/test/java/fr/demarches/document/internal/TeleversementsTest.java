package fr.demarches.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tomcat's files of the uploads being received go to {@code app.documents.televersements}, a folder of the
 * application's own (not a new temporary folder at each start), and what a crash leaves there is removed.
 */
@TestIntegration
class TeleversementsTest {

    @LocalServerPort
    int port;

    @Autowired
    MultipartConfigElement multipart;

    @Autowired
    MultipartProperties proprietesMultipart;

    @Autowired
    ProprietesDocuments proprietes;

    @Autowired
    DonneesDeTest donnees;

    Path dossier;

    @BeforeEach
    void preparer() {
        donnees.vider();
        dossier = proprietes.televersements().toAbsolutePath();
    }

    @Test
    void theUploadsAreReceivedInTheDedicatedFolderWithSpringBootsLimits() {
        assertThat(Path.of(multipart.getLocation())).isEqualTo(dossier).isDirectory();
        assertThat(multipart.getMaxFileSize()).isEqualTo(proprietesMultipart.getMaxFileSize().toBytes());
        assertThat(multipart.getMaxRequestSize()).isEqualTo(proprietesMultipart.getMaxRequestSize().toBytes());
    }

    /** Half a file sent, the connection kept open: Tomcat's part file is in the folder, and gone after the request. */
    @Test
    void tomcatWritesThePartBeingReceivedThereAndRemovesItAfterTheRequest() throws Exception {
        byte[] debut = ("--limite\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
        byte[] fin = "\r\n--limite--\r\n".getBytes(StandardCharsets.US_ASCII);
        int moitie = 256 * 1024;
        try (var socket = new Socket("127.0.0.1", port)) {
            var sortie = socket.getOutputStream();
            sortie.write(("POST /documents HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: multipart/form-data; boundary=limite\r\n"
                    + "Content-Length: " + (debut.length + 2 * moitie + fin.length) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            sortie.write(debut);
            sortie.write(new byte[moitie]);
            sortie.flush();
            attendre(() -> !parties().isEmpty());

            sortie.write(new byte[moitie]);
            sortie.write(fin);
            sortie.flush();
            socket.getInputStream().readAllBytes();
        }
        attendre(() -> parties().isEmpty());
    }

    @Test
    void theStartRemovesThePartsACrashLeftOnceOlderThanTheGracePeriod() throws IOException {
        Files.createDirectories(dossier);
        var maintenant = donnees.horloge().instant();
        Path abandonnee = dossier.resolve("upload_crash_1.tmp");
        Path enCours = dossier.resolve("upload_autre-instance_2.tmp");
        Files.write(abandonnee, new byte[] {1});
        Files.setLastModifiedTime(abandonnee,
                FileTime.from(maintenant.minus(proprietes.delaiFichiersTemporaires()).minusSeconds(1)));
        Files.write(enCours, new byte[] {2});

        new ConfigurationTeleversements().multipartConfigElement(proprietesMultipart, proprietes, donnees.horloge());

        assertThat(abandonnee).doesNotExist();
        assertThat(enCours).exists();
        Files.delete(enCours);
    }

    private List<Path> parties() {
        var parties = new ArrayList<Path>();
        try (DirectoryStream<Path> fichiers = Files.newDirectoryStream(dossier, ConfigurationTeleversements.MOTIF)) {
            fichiers.forEach(parties::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parties;
    }

    private static void attendre(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long limite = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("attente dépassée").isLessThan(limite);
            Thread.sleep(20);
        }
    }
}
