package fr.demarches.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers read from a few tables that change rarely, kept by this instance until one of the tables changes
 * ({@link AvisDeChangement}). Nothing is kept, nor served, while the instance does not hear the changes. A read that
 * a change overtakes (read before the change's commit, kept after its notice) is not kept: each notice moves the
 * generation, and an answer is kept only if the generation has not moved since its read began.
 */
public final class MemoireSuivie<K, V> {

    private final AvisDeChangement avis;
    private final List<String> tables;
    private final Map<K, V> valeurs = new ConcurrentHashMap<>();
    private long generation;

    MemoireSuivie(AvisDeChangement avis, List<String> tables) {
        this.avis = avis;
        this.tables = tables;
    }

    /** The answer kept for {@code cle}, or {@code lecture}'s (never null), kept when nothing changed meanwhile. */
    public V lire(K cle, Supplier<V> lecture) {
        if (cle == null || !avis.ecoute()) {
            return lecture.get();
        }
        V gardee = valeurs.get(cle);
        if (gardee != null) {
            return gardee;
        }
        long avant;
        synchronized (this) {
            avant = generation;
        }
        V lue = lecture.get();
        synchronized (this) {
            if (generation == avant && avis.ecoute()) {
                valeurs.put(cle, lue);
            } else {
                return lue;
            }
        }
        // Read in a transaction that writes: what it read is forgotten unless that transaction commits.
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int statut) {
                    if (statut != STATUS_COMMITTED) {
                        oublier();
                    }
                }
            });
        }
        return lue;
    }

    boolean suit(String table) {
        return tables.contains(table);
    }

    synchronized void oublier() {
        generation++;
        valeurs.clear();
    }
}
