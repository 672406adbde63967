package fr.demarches.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;

import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@TestIntegration
class StockageDocumentsTest {

    @Autowired
    Documents documents;

    @Autowired
    ProprietesDocuments proprietes;

    @Autowired
    BalayageContenus balayage;

    @Autowired
    DonneesDeTest donnees;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void vider() {
        acteurs = donnees.acteurs();
        Fichiers.vider(proprietes.dossier());
    }

    @Test
    void aWriteThatFailsMidwayLeavesNoRowAndNoFile() {
        byte[] debut = Fichiers.pdf(64 * 1024);
        InputStream coupe = new InputStream() {
            private int lus;

            @Override
            public int read() throws IOException {
                if (lus == debut.length) {
                    throw new IOException("connexion coupée");
                }
                return debut[lus++] & 0xFF;
            }
        };
        assertThatThrownBy(() -> documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "coupe.pdf", coupe, 200_000))
                .hasRootCauseMessage("connexion coupée");
        assertThat(lignes()).isZero();
        assertThat(Fichiers.nombre(proprietes.dossier())).isZero();
    }

    @Test
    void aRowThatFailsLeavesAContentThatTheSweepRemovesOnceOldEnough() {
        byte[] octets = Fichiers.png(5_000);
        assertThatThrownBy(() -> documents.deposer(DonneesDeTest.acteurUsager(UUID.randomUUID()), TypeDocument.AUTRE, "orphelin.png",
                new ByteArrayInputStream(octets), octets.length)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(lignes()).isZero();
        assertThat(Fichiers.nombre(proprietes.dossier())).isEqualTo(1);

        assertThat(balayage.balayer()).isZero();
        donnees.horloge().avancer(Duration.ofDays(2));
        assertThat(balayage.balayer()).isEqualTo(1);
        assertThat(Fichiers.nombre(proprietes.dossier())).isZero();
    }

    @Test
    void identicalContentIsStoredOnceAndKeptWhileAnyDocumentOrFrozenCopyUsesIt() throws Exception {
        byte[] octets = Fichiers.jpeg(8_000);
        var premier = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.PIECE_IDENTITE, "recto.jpg",
                new ByteArrayInputStream(octets), octets.length);
        var second = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "copie.jpg",
                new ByteArrayInputStream(octets), octets.length);
        assertThat(Fichiers.nombre(proprietes.dossier())).isEqualTo(1);

        var fige = documents.figer(acteurs.usager(), premier.id()).orElseThrow();
        assertThat(documents.figer(UUID.randomUUID(), premier.id())).isEmpty();
        documents.supprimer(DonneesDeTest.acteurUsager(acteurs.usager()), premier.id());
        documents.supprimer(DonneesDeTest.acteurUsager(acteurs.usager()), second.id());

        donnees.horloge().avancer(Duration.ofDays(2));
        assertThat(balayage.balayer()).isZero();
        try (var contenu = documents.ouvrirFige(fige.id()).orElseThrow().contenu()) {
            assertThat(contenu.readAllBytes()).isEqualTo(octets);
        }
    }

    @Test
    void deletingTheAccountRemovesItsDocuments() {
        documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "a.pdf", new ByteArrayInputStream(Fichiers.pdf(500)), 500);
        donnees.jdbc().sql("DELETE FROM compte WHERE id = ?").param(acteurs.usager()).update();
        assertThat(lignes()).isZero();
    }

    private long lignes() {
        return donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single();
    }
}
