package fr.demarches.document.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the sweep and the writes of one content apart, across instances: a PostgreSQL advisory lock per content,
 * held until the end of the transaction that takes it. A write publishes its content under the shared lock and
 * holds it until its row is committed; the sweep checks that nothing references a content, and deletes it, under
 * the exclusive lock, and skips a content being written. So a citizen uploading bytes identical to an orphan
 * either makes the sweep skip it, or waits for the deletion and then publishes the content again.
 */
@Component
class VerrousContenus {

    /** The first key of the two-key form: apart from the application's other advisory locks (one bigint key). */
    private static final String ESPACE = "contenu";

    private final JdbcClient jdbc;

    VerrousContenus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Before publishing a content: waits while the sweep handles it, then keeps it until the caller commits. */
    void avantPublication(String empreinte) {
        exigerTransaction();
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext(?), hashtext(?))").param(ESPACE).param(empreinte)
                .query().listOfRows();
    }

    /** For the sweep: false if a write of this content is in progress (it is then left alone until next time). */
    boolean pourSupprimer(String empreinte) {
        exigerTransaction();
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(?), hashtext(?))").param(ESPACE).param(empreinte)
                .query(Boolean.class).single();
    }

    /** A transaction-scoped lock taken outside a transaction would be released at once, protecting nothing. */
    private static void exigerTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Un contenu ne s'écrit ou ne se supprime que dans une transaction");
        }
    }
}
