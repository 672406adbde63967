package fr.demarches.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import fr.demarches.document.DepotRefuse;
import fr.demarches.document.Fichiers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/** Files with the right first bytes and a wrong structure are refused, each with its French reason; sound ones pass. */
class ControleContenuTest {

    private static final ControleContenu CONTROLE = new ControleContenu(
            new ProprietesDocuments.Controle(Duration.ofSeconds(10), 2, DataSize.ofMegabytes(64), 50_000_000));

    @AfterAll
    static void arreter() {
        CONTROLE.destroy();
    }

    static Stream<Arguments> refuses() {
        return Stream.of(
                cas("PDF : en-tête suivi de n'importe quoi", "application/pdf", () -> Fichiers.pdfEnTeteSeul(4_000),
                        "n'est pas un PDF valide"),
                cas("PDF tronqué", "application/pdf", Fichiers::pdfTronque, "n'est pas un PDF valide"),
                cas("PDF à mot de passe", "application/pdf", Fichiers::pdfAvecMotDePasse, "protégé par un mot de passe"),
                cas("PDF chiffré pour ses droits, avec JavaScript", "application/pdf", Fichiers::pdfChiffreAvecJavaScript,
                        "contient du JavaScript"),
                cas("PDF avec JavaScript à l'ouverture", "application/pdf", Fichiers::pdfAvecJavaScript,
                        "contient du JavaScript"),
                cas("PDF avec JavaScript dans un lien", "application/pdf", Fichiers::pdfAvecLienJavaScript,
                        "contient du JavaScript"),
                cas("PDF avec formulaire XFA (scripts dans son XML)", "application/pdf", Fichiers::pdfAvecFormulaireXfa,
                        "contient du JavaScript"),
                cas("PDF avec fichier joint", "application/pdf", Fichiers::pdfAvecFichierJoint,
                        "contient des fichiers joints"),
                cas("PNG : en-tête suivi de n'importe quoi", "image/png", () -> Fichiers.pngEnTeteSeul(3_000),
                        "n'est pas une image PNG valide"),
                cas("PNG tronqué", "image/png", Fichiers::pngTronque, "n'est pas une image PNG valide"),
                cas("PNG de 100 000 × 100 000 pixels", "image/png", Fichiers::pngGeant, "L'image est trop grande"),
                cas("JPEG : en-tête suivi de n'importe quoi", "image/jpeg", () -> Fichiers.jpegEnTeteSeul(3_000),
                        "n'est pas une image JPEG valide"),
                cas("JPEG tronqué", "image/jpeg", Fichiers::jpegTronque, "n'est pas une image JPEG valide"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refuses")
    void aFileWithTheRightFirstBytesButABadStructureIsRefusedWithItsReason(String cas, String type,
            Supplier<byte[]> fichier, String raison) {
        byte[] octets = fichier.get();
        assertThat(DetectionType.typeContenu(octets, octets.length)).as("reconnu à ses premiers octets").contains(type);

        assertThatThrownBy(() -> CONTROLE.verifier(octets, type)).isInstanceOf(DepotRefuse.class)
                .hasMessageContaining(raison);
    }

    /** A PDF encrypted only to restrict its permissions (bank statements, bills, attestations) opens and is inspected. */
    @Test
    void soundFilesPass() {
        for (var cas : new Object[][] {{Fichiers.pdf(150_000), "application/pdf"}, {Fichiers.pdf(500), "application/pdf"},
            {Fichiers.pdfChiffre(), "application/pdf"},
            {Fichiers.png(5_000), "image/png"}, {Fichiers.jpeg(8_000), "image/jpeg"},
            {Fichiers.jpeg(200_000), "image/jpeg"}}) {
            assertThatCode(() -> CONTROLE.verifier((byte[]) cas[0], (String) cas[1])).doesNotThrowAnyException();
        }
    }

    @Test
    void theTestFilesHaveTheSizeAsked() {
        assertThat(Fichiers.pdf(150_000)).hasSize(150_000);
        assertThat(Fichiers.png(5_000)).hasSize(5_000);
        assertThat(Fichiers.jpeg(200_000)).hasSize(200_000);
    }

    @Test
    void aCheckThatTakesTooLongIsRefusedNotWaitedFor() {
        // 20 000 objects to parse and inspect take far longer than a millisecond.
        byte[] lent = Fichiers.pdfLongAVerifier(20_000);
        var presse = new ControleContenu(new ProprietesDocuments.Controle(Duration.ofMillis(1), 1,
                DataSize.ofMegabytes(64), 50_000_000));
        try {
            assertThatThrownBy(() -> presse.verifier(lent, "application/pdf"))
                    .isInstanceOf(DepotRefuse.class).hasMessageContaining("n'a pas pu être vérifié dans le temps imparti");
        } finally {
            presse.destroy();
        }
    }

    private static Arguments cas(String nom, String type, Supplier<byte[]> fichier, String raison) {
        return Arguments.of(nom, type, fichier, raison);
    }
}
