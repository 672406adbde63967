package fr.demarches.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells this instance of every committed change of the tables it keeps in memory ({@link MemoireSuivie}): a trigger
 * per table sends the table's name on {@value #CANAL} at commit (V219), whatever wrote it (screens, jobs, an
 * operator's SQL), and this instance listens on a connection of its own, outside the pool.
 * <p>
 * While it does not listen (starting, connection lost), memories keep nothing and every read goes to the database:
 * a notice sent meanwhile is lost. A lost connection is noticed within {@link #VERIFICATION} (a {@code SELECT 1}
 * on it), then everything kept is forgotten and the instance listens again. This instance's own JPA writes also
 * forget at once after their commit ({@link OubliApresEcriture}), without waiting for the notice.
 */
@Component
public class AvisDeChangement implements SmartLifecycle {

    static final String CANAL = "demarches_changement";
    private static final String BARRIERE = "barriere:";
    private static final Duration VERIFICATION = Duration.ofSeconds(5);
    private static final Logger JOURNAL = LoggerFactory.getLogger(AvisDeChangement.class);

    private final JdbcConnectionDetails base;
    private final JdbcClient jdbc;
    private final List<MemoireSuivie<?, ?>> memoires = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<Void>> barrieres = new ConcurrentHashMap<>();
    private volatile boolean ecoute;
    private volatile Thread fil;

    AvisDeChangement(JdbcConnectionDetails base, JdbcClient jdbc) {
        this.base = base;
        this.jdbc = jdbc;
    }

    /** A memory of what is read from {@code tables}, forgotten at each of their changes. */
    public <K, V> MemoireSuivie<K, V> memoire(String... tables) {
        var memoire = new MemoireSuivie<K, V>(this, List.of(tables));
        memoires.add(memoire);
        return memoire;
    }

    boolean ecoute() {
        return ecoute;
    }

    /**
     * Waits until every change committed before this call is known here (notices arrive in commit order): for a
     * caller that has just written with plain SQL and reads at once. Nothing to wait for while not listening.
     */
    public void attendre() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The marker would leave at the caller's commit, after this wait.
            throw new IllegalStateException("Attente des avis de changement dans une transaction");
        }
        // Starting or reconnecting: a few seconds at most (nothing is kept meanwhile, so nothing to wait for after).
        long limite = System.nanoTime() + 10_000_000_000L;
        while (!ecoute && fil != null && System.nanoTime() < limite) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!ecoute) {
            return;
        }
        String jeton = BARRIERE + UUID.randomUUID();
        var passee = new CompletableFuture<Void>();
        barrieres.put(jeton, passee);
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").param(CANAL).param(jeton).query().listOfRows();
            passee.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            // Not heard within 5 s: the connection is being lost, and with it everything kept.
            oublierTout();
        } finally {
            barrieres.remove(jeton);
        }
    }

    /** After the current transaction's commit (at once without one), every memory forgets. */
    void oublierApresValidation() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            oublierTout();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int statut) {
                oublierTout();
            }
        });
    }

    private void oublierTout() {
        memoires.forEach(MemoireSuivie::oublier);
    }

    private void recevoir(String table) {
        if (table.startsWith(BARRIERE)) {
            var barriere = barrieres.get(table);
            if (barriere != null) {
                barriere.complete(null);
            }
            return;
        }
        for (var memoire : memoires) {
            if (memoire.suit(table)) {
                memoire.oublier();
            }
        }
    }

    private void ecouter() {
        long prochainAvertissement = 0;
        while (fil == Thread.currentThread()) {
            var proprietes = new Properties();
            if (base.getUsername() != null) {
                proprietes.setProperty("user", base.getUsername());
            }
            if (base.getPassword() != null) {
                proprietes.setProperty("password", base.getPassword());
            }
            proprietes.setProperty("ApplicationName", "demarches-avis-de-changement");
            proprietes.setProperty("tcpKeepAlive", "true");
            try (Connection connexion = DriverManager.getConnection(base.getJdbcUrl(), proprietes)) {
                try (var instruction = connexion.createStatement()) {
                    instruction.execute("LISTEN " + CANAL);
                }
                // A change committed before LISTEN was never heard: what was kept goes.
                oublierTout();
                if (fil != Thread.currentThread()) {
                    return;
                }
                ecoute = true;
                if (prochainAvertissement != 0) {
                    JOURNAL.info("Avis de changement de nouveau entendus");
                    prochainAvertissement = 0;
                }
                recevoirJusquaLaPerte(connexion);
            } catch (SQLException | RuntimeException perte) {
                // Once a minute at most: a base out of reach would otherwise fill the log every second.
                if (System.nanoTime() - prochainAvertissement >= 0 || prochainAvertissement == 0) {
                    JOURNAL.warn("Avis de changement interrompus ou impossibles ({}) : rien n'est gardé en mémoire, "
                            + "tout est relu en base jusqu'au retour", perte.getMessage());
                    prochainAvertissement = System.nanoTime() + 60_000_000_000L;
                }
            } finally {
                // Only the current listener speaks: one that outlived a restart leaves the new one's state alone.
                if (fil == Thread.currentThread() || fil == null) {
                    ecoute = false;
                    oublierTout();
                }
            }
            if (fil == Thread.currentThread()) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void recevoirJusquaLaPerte(Connection connexion) throws SQLException {
        var pg = connexion.unwrap(PGConnection.class);
        long verification = System.nanoTime() + VERIFICATION.toNanos();
        while (fil == Thread.currentThread()) {
            var avis = pg.getNotifications(250);
            if (avis != null) {
                for (var a : avis) {
                    recevoir(a.getParameter());
                }
            }
            if (System.nanoTime() - verification > 0) {
                verifier(connexion);
                verification = System.nanoTime() + VERIFICATION.toNanos();
            }
        }
    }

    /**
     * The connection answers within the delay (a socket timeout: a peer gone silently is noticed too), and it is still
     * the one listening: behind a pooler in transaction mode, it would not be, and no notice would ever come.
     */
    private static void verifier(Connection connexion) throws SQLException {
        if (!connexion.isValid((int) VERIFICATION.toSeconds())) {
            throw new SQLException("connexion d'écoute sans réponse");
        }
        try (var instruction = connexion.prepareStatement(
                "SELECT count(*) FROM pg_listening_channels() c WHERE c = ?")) {
            instruction.setString(1, CANAL);
            try (var resultat = instruction.executeQuery()) {
                if (!resultat.next() || resultat.getInt(1) != 1) {
                    throw new SQLException("la connexion n'écoute pas " + CANAL + " (répartiteur de connexions ?)");
                }
            }
        }
    }

    /** Early: listening before the web server serves, still listening while it drains. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1_000;
    }

    @Override
    public void start() {
        var nouveau = Thread.ofPlatform().name("avis-de-changement").daemon().unstarted(this::ecouter);
        fil = nouveau;
        nouveau.start();
    }

    @Override
    public void stop() {
        var ancien = fil;
        fil = null;
        if (ancien != null) {
            ancien.interrupt();
            try {
                ancien.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return fil != null;
    }
}
