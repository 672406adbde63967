package fr.demarches.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import fr.demarches.document.Fichiers;
import fr.demarches.document.StockageContenus;
import fr.demarches.document.StockageContenus.ContenuEcrit;
import fr.demarches.test.DonneesDeTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every store guarantees, checked on each of them (disk and S3) through the same tests: content addressing,
 * writes that leave nothing half-done, the sweep of orphans and of abandoned temporary files, and the two
 * interleavings of a sweep with a new upload of the same bytes, forced deterministically.
 */
abstract class ContratStockage {

    /**
     * Another instance or another citizen, each task on a thread of its own: the common pool may have a single
     * thread, which a task blocked on a lock would hold while the next one waits behind it.
     */
    static final Executor AILLEURS = Executors.newVirtualThreadPerTaskExecutor();

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    ProprietesDocuments proprietes;

    @Autowired
    VerrousContenus verrous;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    DonneesDeTest.Acteurs acteurs;

    /** The store under test, emptied. */
    abstract StockageContenus stockageVide();

    /** The addresses of the contents the store holds, read from the store's own side (disk, bucket). */
    abstract List<String> contenus();

    StockageContenus stockage;

    @BeforeEach
    void preparer() {
        acteurs = donnees.acteurs();
        Fichiers.vider(proprietes.dossier());
        stockage = stockageVide();
    }

    @Test
    void identicalBytesAreStoredOnceUnderTheirSha256() throws IOException {
        byte[] octets = Fichiers.pdf(30_000);
        var premier = ecrire(octets);
        var second = ecrire(octets);
        assertThat(second).isEqualTo(premier);
        assertThat(premier.taille()).isEqualTo(octets.length);
        assertThat(premier.empreinte()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(octets)));
        assertThat(contenus()).containsExactly(premier.empreinte());
        assertThat(lire(premier.empreinte())).isEqualTo(octets);
    }

    @Test
    void aStreamFailingMidwayLeavesNoContentAndNoTemporaryFile() {
        InputStream coupe = new InputStream() {
            private int lus;

            @Override
            public int read() throws IOException {
                if (++lus > 50_000) {
                    throw new IOException("connexion coupée");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> ecrireIci(coupe)))
                .hasRootCauseMessage("connexion coupée");
        assertThat(contenus()).isEmpty();
        assertThat(Fichiers.nombre(proprietes.dossier())).isZero();
    }

    @Test
    void aWriteOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> stockage.ecrire(new ByteArrayInputStream(Fichiers.png(100))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void orphansAreSweptOnceOlderThanTheDelayAndReferencedContentsStay() throws IOException {
        var orphelin = ecrire(Fichiers.png(5_000));
        var utilise = ecrire(Fichiers.jpeg(5_000));
        referencer(utilise);
        assertThat(balayer()).isZero();

        donnees.horloge().avancer(Duration.ofDays(2));
        assertThat(balayer()).isEqualTo(1);
        assertThat(contenus()).containsExactly(utilise.empreinte());
    }

    /**
     * The interleaving: the sweep has listed an old orphan when a citizen uploads the same bytes; the sweep
     * checks the database before the upload's row is committed. The upload holds the content: the sweep skips it.
     */
    @Test
    void aSweepDuringAnUploadOfTheSameBytesLeavesTheContent() {
        byte[] octets = Fichiers.pdf(20_000);
        String empreinte = ecrire(octets).empreinte();
        donnees.horloge().avancer(Duration.ofDays(2));

        transaction.executeWithoutResult(t -> {
            referencer(ecrireIci(new ByteArrayInputStream(octets)));
            // Another instance's sweep, on its own thread and transaction, while this upload is not committed.
            assertThat(CompletableFuture.supplyAsync(this::balayer, AILLEURS).join()).isZero();
        });
        assertThat(lire(empreinte)).isEqualTo(octets);
    }

    /**
     * The other interleaving: the sweep has found the orphan unreferenced and is about to delete it when the
     * citizen uploads the same bytes. The upload waits for the sweep's transaction, then publishes the content
     * again: it is never left pointing at a deleted content.
     */
    @Test
    void anUploadArrivingAsTheSweepDeletesTheContentPublishesItAgain() {
        byte[] octets = Fichiers.pdf(20_000);
        String empreinte = ecrire(octets).empreinte();
        donnees.horloge().avancer(Duration.ofDays(2));
        var depot = new AtomicReference<CompletableFuture<Void>>();
        var balayage = new BalayageContenus(new Delegue(stockage) {
            @Override
            public void supprimer(String e) throws IOException {
                // Checked and found unreferenced: the upload starts now, then the deletion goes on.
                depot.set(CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                        t -> referencer(ecrireIci(new ByteArrayInputStream(octets)))), AILLEURS));
                attendreBloqueOuTermine(depot.get());
                super.supprimer(e);
            }
        }, verrous, jdbc, transaction, proprietes, donnees.horloge(), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        assertThat(balayage.balayer()).isEqualTo(1);
        depot.get().join();
        assertThat(lire(empreinte)).isEqualTo(octets);
        assertThat(balayer()).isZero();
    }

    @Test
    void temporaryFilesLeftByACrashAreSweptOnceOlderThanTheGracePeriod() throws IOException {
        Instant maintenant = donnees.horloge().instant();
        Path dossier = proprietes.dossier().toAbsolutePath();
        Path televersements = proprietes.televersements().toAbsolutePath();
        Files.createDirectories(dossier);
        Files.createDirectories(televersements);
        var vieux = maintenant.minus(proprietes.delaiFichiersTemporaires()).minusSeconds(60);
        Path ecritureAbandonnee = fichier(dossier.resolve(".ecriture-1.tmp"), vieux);
        Path ecritureEnCours = fichier(dossier.resolve(".ecriture-2.tmp"), maintenant);
        Path partieAbandonnee = fichier(televersements.resolve("upload_abc_1.tmp"), vieux);
        Path partieEnCours = fichier(televersements.resolve("upload_abc_2.tmp"), maintenant);

        balayer();
        assertThat(ecritureAbandonnee).doesNotExist();
        assertThat(partieAbandonnee).doesNotExist();
        assertThat(ecritureEnCours).exists();
        assertThat(partieEnCours).exists();
        Files.delete(ecritureEnCours);
        Files.delete(partieEnCours);
    }

    int balayer() {
        return new BalayageContenus(stockage, verrous, jdbc, transaction, proprietes, donnees.horloge(),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).balayer();
    }

    ContenuEcrit ecrire(byte[] octets) {
        return transaction.execute(t -> ecrireIci(new ByteArrayInputStream(octets)));
    }

    /** In the caller's transaction, as the document service does. */
    ContenuEcrit ecrireIci(InputStream flux) {
        try {
            return stockage.ecrire(flux);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] lire(String empreinte) {
        try (var flux = stockage.lire(empreinte)) {
            return flux.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A citizen's document row for the content, as the document service inserts it. */
    void referencer(ContenuEcrit contenu) {
        jdbc.sql("""
                INSERT INTO document (id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, origine, depose_le)
                VALUES (?, ?, 'AUTRE', 'piece.pdf', 'application/pdf', ?, ?, 'USAGER', ?)
                """).param(UUID.randomUUID()).param(acteurs.usager()).param(contenu.taille()).param(contenu.empreinte())
                .param(Timestamp.from(donnees.horloge().instant())).update();
    }

    /** Until the task waits for an advisory lock, or has finished (a store without the lock would not wait). */
    void attendreBloqueOuTermine(CompletableFuture<?> tache) {
        attendreBloqueOuTermine(jdbc, tache, "locktype = 'advisory' AND objsubid = 2");
    }

    /**
     * Until a lock matching {@code filtre} is awaited by a session of this database (a row lock is awaited as the
     * holder's transaction id, which names no database), or the task has finished.
     */
    static void attendreBloqueOuTermine(JdbcClient jdbc, CompletableFuture<?> tache, String filtre) {
        long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!tache.isDone() && jdbc.sql("SELECT count(*) FROM pg_locks WHERE " + filtre + " AND NOT granted "
                + "AND pid IN (SELECT pid FROM pg_stat_activity WHERE datname = current_database())")
                .query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("le dépôt ni attendu ni terminé").isLessThan(limite);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path fichier(Path chemin, Instant modifie) throws IOException {
        Files.write(chemin, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(chemin, FileTime.from(modifie));
        return chemin;
    }

    private static byte[] sha256(byte[] octets) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(octets);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store that does what the one under test does; a test overrides one step to act in the middle of it. */
    static class Delegue implements StockageContenus {

        private final StockageContenus stockage;

        Delegue(StockageContenus stockage) {
            this.stockage = stockage;
        }

        @Override
        public ContenuEcrit ecrire(InputStream flux) throws IOException {
            return stockage.ecrire(flux);
        }

        @Override
        public InputStream lire(String empreinte) throws IOException {
            return stockage.lire(empreinte);
        }

        @Override
        public void supprimer(String empreinte) throws IOException {
            stockage.supprimer(empreinte);
        }

        @Override
        public Stream<String> ecritsAvant(Instant avant) throws IOException {
            return stockage.ecritsAvant(avant);
        }
    }
}
