package fr.demarches.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the modules' own meters share (each module declares its meters next to its data, in a small class of its
 * own; docs/exploitation.md lists them). Names are dotted, Prometheus reads them with underscores and, for a
 * counter, {@code _total}.
 */
public final class Mesures {

    /** {@code demarches_purges_total{objet=…}}: rows or files a nightly purge deleted, by what was purged. */
    public static final String PURGES = "demarches.purges";

    private Mesures() {
    }

    /** The purge counter of one kind of object, registered at once so that it reads 0 before the first purge. */
    public static Counter purges(MeterRegistry registre, String objet) {
        return Counter.builder(PURGES).tag("objet", objet)
                .description("Éléments supprimés par les purges, par objet").register(registre);
    }

    /**
     * Runs once the current transaction commits (at once without one): a counter fed by a domain event never counts
     * what was rolled back. A plain {@code @TransactionalEventListener} would do the same but would also be written
     * to the event publication registry, which is for the work that must not be lost (mails, sFTP pushes).
     */
    public static void apresValidation(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
