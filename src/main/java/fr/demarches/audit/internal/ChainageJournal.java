package fr.demarches.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chains the committed entries of the journal, about every second (see V205): off the commit path, where one lock
 * for the whole journal made every commit writing it wait for the previous one. One batch per transaction, in the
 * database (journal_audit_chainer_en_attente), under the chain's advisory lock: two instances never fork the chain,
 * and ShedLock spares the second one the useless wait.
 */
@Component
public class ChainageJournal {

    /** Entries chained per transaction: a burst is caught up in a few short transactions. */
    static final int LOT = 1_000;

    private final JdbcClient jdbc;

    ChainageJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${app.audit.periode-chainage}", initialDelayString = "${app.audit.periode-chainage}")
    @SchedulerLock(name = "chainage-journal-audit", lockAtMostFor = "PT5M")
    void planifie() {
        chainer();
    }

    /**
     * Chains every entry committed so far, batch after batch while they are full; returns how many. Each batch
     * commits on its own, even when called from a transaction (the daily digest's): the chain's lock is never held
     * longer than a batch.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int chainer() {
        int total = 0;
        int chainees;
        do {
            chainees = jdbc.sql("SELECT journal_audit_chainer_en_attente(:lot)").param("lot", LOT)
                    .query(Integer.class).single();
            total += chainees;
        } while (chainees == LOT);
        return total;
    }
}
