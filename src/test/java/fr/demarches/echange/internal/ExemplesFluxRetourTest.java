package fr.demarches.echange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The sample files of the documentation for the communes' IT teams stay valid against the schema. */
class ExemplesFluxRetourTest {

    static final Path EXEMPLES = Path.of("docs/exemples");

    @Test
    void everySampleOfTheDocumentationValidatesAgainstTheSchemaAndIsRead() throws Exception {
        try (Stream<Path> fichiers = Files.list(EXEMPLES)) {
            var xml = fichiers.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertThat(xml).hasSize(4);
            for (Path fichier : xml) {
                var flux = LectureFluxRetour.lire(Files.readAllBytes(fichier));
                assertThat(flux.numeroTeledossier).as(fichier.toString()).isEqualTo("A-7-NKT2G5KB");
                assertThat(flux.evenements).as(fichier.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void theBase64SampleCarriesARealPdf() throws Exception {
        var flux = LectureFluxRetour.lire(Files.readAllBytes(EXEMPLES.resolve("4-flux-retour-cloture-attestation-base64.xml")));
        var depot = (XmlFluxRetour.DepotPieceJointe) flux.evenements.get(1);
        assertThat(depot.contenuBase64).isEqualTo(Files.readAllBytes(EXEMPLES.resolve("A-7-NKT2G5KB-attestation.pdf")));
        assertThat(new String(depot.contenuBase64, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE FluxRetour [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<FluxRetour><Identifiant>&x;</Identifiant></FluxRetour>").getBytes();
        assertThatThrownBy(() -> LectureFluxRetour.lire(xxe)).isInstanceOf(FluxRetourRefuse.class)
                .hasMessageStartingWith("Le fichier n'est pas un document XML bien formé");
    }
}
