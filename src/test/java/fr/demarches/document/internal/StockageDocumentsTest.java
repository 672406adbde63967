package fr.demarches.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    TransactionTemplate transaction;

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

    /**
     * A copy being frozen while the citizen deletes the document: the deletion waits for the copy, so the sweep,
     * running meanwhile, still finds the content referenced, and the copy's content stays readable.
     */
    @Test
    void aCopyBeingFrozenKeepsItsContentFromTheDeletionAndTheSweep() throws Exception {
        byte[] octets = Fichiers.pdf(3_000);
        var document = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "avis.pdf",
                new ByteArrayInputStream(octets), octets.length);
        donnees.horloge().avancer(Duration.ofDays(2));
        var suppression = new AtomicReference<CompletableFuture<Documents.Suppression>>();

        var fige = transaction.execute(t -> {
            var copie = documents.figer(acteurs.usager(), document.id()).orElseThrow();
            suppression.set(CompletableFuture.supplyAsync(() -> documents.supprimer(DonneesDeTest.acteurUsager(acteurs.usager()), document.id()),
                    ContratStockage.AILLEURS));
            ContratStockage.attendreBloqueOuTermine(donnees.jdbc(), suppression.get(), "locktype = 'transactionid'");
            assertThat(CompletableFuture.supplyAsync(balayage::balayer, ContratStockage.AILLEURS).join()).isZero();
            return copie;
        });
        assertThat(suppression.get().get()).isEqualTo(Documents.Suppression.SUPPRIME);
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
