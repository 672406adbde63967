package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.zip.ZipInputStream;

import fr.demarches.commune.Procedure;
import fr.demarches.document.Documents;
import fr.demarches.document.DocumentsDeTest;
import fr.demarches.document.Fichiers;
import fr.demarches.document.StockageIndisponible;
import fr.demarches.document.TypeDocument;
import fr.demarches.document.internal.S3DeTest;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.teledossier.internal.PurgeElements;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.ServeurS3;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A dossier's pieces kept in an S3-compatible store (a real S3 API server, S3Proxy), end to end with the
 * application's own services: the citizen's upload and download, the dossier's submission, the mairie's ZIP, the
 * purge after 30 days and the sweep, an orphan, and an outage of the store during an upload.
 */
@TestIntegration
class PiecesSurStockageS3Test {

    static final ServeurS3 SERVEUR = ServeurS3.demarre();

    @Autowired
    ApplicationContext contexte;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    PurgeElements purge;

    @Autowired
    DonneesDeTest donnees;

    Documents documents;
    IntSupplier balayage;
    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void preparer() {
        acteurs = donnees.acteurs();
        donnees.horloge().fixer(ZonedDateTime.now(Fuseau.PARIS));
        Fichiers.vider(contexte.getBean(fr.demarches.document.internal.ProprietesDocuments.class).dossier());
        var stockage = S3DeTest.stockageVide(contexte);
        documents = DocumentsDeTest.sur(stockage, contexte);
        balayage = S3DeTest.balayage(contexte, stockage);
        assertThat(AopUtils.isAopProxy(documents)).as("service transactionnel").isTrue();
    }

    @Test
    void piecesGoFromTheCitizenToTheMairiesZipThenAreRemovedAfterThePurge() throws IOException {
        byte[] carte = Fichiers.pdf(300_000);
        var document = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.PIECE_IDENTITE, "carte.pdf",
                new ByteArrayInputStream(carte), carte.length);
        assertThat(S3DeTest.contenus()).hasSize(1);
        try (var contenu = documents.ouvrir(acteurs.usager(), document.id()).orElseThrow().contenu()) {
            assertThat(contenu.readAllBytes()).isEqualTo(carte);
        }

        var numero = deposer(document.id());
        var zip = new ByteArrayOutputStream();
        new ArchiveTeledossier(documents).ecrire(elements(numero), zip);
        assertThat(entrees(zip.toByteArray())).containsEntry(numero.valeur() + "-ILE-piece-identite-1.pdf", carte);

        // The citizen deletes the document: the dossier's frozen copy still holds the content.
        documents.supprimer(DonneesDeTest.acteurUsager(acteurs.usager()), document.id());
        donnees.horloge().avancer(Duration.ofDays(2));
        assertThat(balayage.getAsInt()).isZero();

        donnees.horloge().avancer(Duration.ofDays(29));
        assertThat(purge.purger()).isEqualTo(1);
        assertThat(balayage.getAsInt()).isEqualTo(1);
        assertThat(S3DeTest.contenus()).isEmpty();
    }

    /** Three pieces of the maximum size: what the ZIP allocates does not grow with them (nothing read whole). */
    @Test
    void theZipStreamsThePiecesFromTheStoreWithAFlatHeap() throws IOException {
        var petit = deposer(deposer(Fichiers.pdf(10_000)), deposer(Fichiers.jpeg(10_000)), deposer(Fichiers.png(10_000)));
        int taille = (int) documents.tailleMax().toBytes();
        var grand = deposer(deposer(Fichiers.pdf(taille)), deposer(Fichiers.jpeg(taille)), deposer(Fichiers.png(taille)));

        long surPetit = alloueParZip(petit);
        long surGrand = alloueParZip(grand);
        assertThat(surGrand - surPetit).as("octets alloués en plus pour %d Mo de pièces en plus", 3 * taille >> 20)
                .isLessThan(taille / 2);
    }

    @Test
    void theStoreStoppingDuringAnUploadSavesNothingAndSaysSoThenUploadsWorkAgain() throws IOException {
        byte[] octets = Fichiers.pdf(400_000);
        var panneEnCours = SERVEUR.fluxInterrompantLeServeur(octets);
        try {
            assertThatThrownBy(() -> documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "avis.pdf", panneEnCours,
                    octets.length))
                    .isInstanceOf(StockageIndisponible.class)
                    .hasMessage("Le stockage des documents est momentanément indisponible : votre fichier n'a pas "
                            + "été enregistré. Réessayez dans quelques minutes.");
            assertThat(documents.lister(acteurs.usager())).isEmpty();
            assertThat(Fichiers.nombre(contexte.getBean(fr.demarches.document.internal.ProprietesDocuments.class)
                    .dossier())).isZero();
        } finally {
            SERVEUR.demarrer();
        }
        assertThat(S3DeTest.contenus()).isEmpty();

        var document = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "avis.pdf",
                new ByteArrayInputStream(octets), octets.length);
        try (var contenu = documents.ouvrir(acteurs.usager(), document.id()).orElseThrow().contenu()) {
            assertThat(contenu.readAllBytes()).isEqualTo(octets);
        }
    }

    @Test
    void aContentWhoseRowFailedIsSweptOnceOldEnough() {
        byte[] octets = Fichiers.png(5_000);
        assertThatThrownBy(() -> documents.deposer(DonneesDeTest.acteurUsager(UUID.randomUUID()), TypeDocument.AUTRE, "orphelin.png",
                new ByteArrayInputStream(octets), octets.length)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(S3DeTest.contenus()).hasSize(1);
        assertThat(balayage.getAsInt()).isZero();
        donnees.horloge().avancer(Duration.ofDays(2));
        assertThat(balayage.getAsInt()).isEqualTo(1);
        assertThat(S3DeTest.contenus()).isEmpty();
    }

    private UUID deposer(byte[] octets) {
        return documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.AUTRE, "piece", new ByteArrayInputStream(octets),
                octets.length).id();
    }

    private NumeroTeledossier deposer(UUID... pieces) {
        var jointes = java.util.Arrays.stream(pieces).map(id -> new PieceJointe(id, TypeDocument.PIECE_IDENTITE))
                .toList();
        return teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(), jointes), null);
    }

    private ElementsTelecharges elements(NumeroTeledossier numero) {
        return teledossiers.telecharger(numero, DonneesDeTest.NANTERRE,
                new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null));
    }

    private long alloueParZip(NumeroTeledossier numero) throws IOException {
        var elements = elements(numero);
        var archive = new ArchiveTeledossier(documents);
        archive.ecrire(elements, OutputStream.nullOutputStream());
        var mesure = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long avant = mesure.getCurrentThreadAllocatedBytes();
        archive.ecrire(elements, OutputStream.nullOutputStream());
        return mesure.getCurrentThreadAllocatedBytes() - avant;
    }

    private static Map<String, byte[]> entrees(byte[] zip) throws IOException {
        Map<String, byte[]> entrees = new HashMap<>();
        try (var lecture = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entree = lecture.getNextEntry(); entree != null; entree = lecture.getNextEntry()) {
                entrees.put(entree.getName(), lecture.readAllBytes());
            }
        }
        return entrees;
    }
}
