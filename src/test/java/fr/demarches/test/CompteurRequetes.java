package fr.demarches.test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends, whoever sends them (Hibernate, JdbcClient, Spring Session):
 * the pool is wrapped by datasource-proxy in the shared test configuration. MockMvc runs a request on the test's
 * thread, so {@link #pendant} counts exactly that request's statements, not those of listeners on other threads.
 */
public final class CompteurRequetes {

    static final String NOM = "demarches";

    /** Each statement is logged here at DEBUG (off by default): how bench/pgbench scripts were written. */
    static final String JOURNAL = "fr.demarches.sql";

    /** The statements of the current thread while {@link #releve} runs (null otherwise). */
    private static final ThreadLocal<List<String>> RELEVE = new ThreadLocal<>();

    /** The commits of the current thread while {@link #mesurer} runs (null otherwise). */
    private static final ThreadLocal<int[]> VALIDATIONS = new ThreadLocal<>();

    /** The statements of every thread but the scheduled jobs' while {@link #avecEcouteurs} runs (null otherwise). */
    private static volatile List<String> toutes;

    /** Statements started while a relevé was open and not yet noted: the relevé waits for them before it ends. */
    private static final java.util.concurrent.atomic.AtomicInteger EN_COURS = new java.util.concurrent.atomic.AtomicInteger();

    /** Set on the thread that waits for the listeners: its polling is not the action's. */
    private static final ThreadLocal<Boolean> MUET = ThreadLocal.withInitial(() -> false);

    private CompteurRequetes() {
    }

    /**
     * The statements {@code action} sent, on this thread and on the listeners' threads it woke (mails, event
     * publications), up to the end of {@code attente}: what the action costs the database in all. Statements of
     * the scheduled jobs ("scheduling-" threads) and of Spring Session's expired-session sweep, which run whatever
     * the action, are left out.
     */
    public static List<String> avecEcouteurs(Action action, Runnable attente) throws Exception {
        var releve = java.util.Collections.synchronizedList(new ArrayList<String>());
        toutes = releve;
        try {
            action.executer();
            MUET.set(true);
            attente.run();
            while (EN_COURS.get() > 0) {
                Thread.sleep(1);
            }
        } finally {
            MUET.remove();
            toutes = null;
        }
        synchronized (releve) {
            return List.copyOf(releve);
        }
    }

    /** The number of statements {@code action} sent. */
    public static long pendant(Action action) throws Exception {
        return releve(action).size();
    }

    /** The statements {@code action} sent from this thread, in order (a batch of one statement counts once). */
    public static List<String> releve(Action action) throws Exception {
        return mesurer(action).requetes();
    }

    /**
     * The statements {@code action} sent from this thread, and its commits: each {@code COMMIT} is a round trip of its
     * own (the {@code BEGIN} goes with the transaction's first statement), which the statements alone do not show.
     */
    public static Mesure mesurer(Action action) throws Exception {
        var requetes = new ArrayList<String>();
        var validations = new int[1];
        QueryCountHolder.clear();
        RELEVE.set(requetes);
        VALIDATIONS.set(validations);
        try {
            action.executer();
        } finally {
            RELEVE.remove();
            VALIDATIONS.remove();
        }
        var compte = QueryCountHolder.get(NOM);
        long total = compte == null ? 0 : compte.getTotal(); // null: no statement at all
        QueryCountHolder.clear();
        if (total != requetes.size()) {
            throw new IllegalStateException("relevé incohérent : " + total + " comptées, " + requetes.size() + " relevées");
        }
        return new Mesure(requetes, validations[0]);
    }

    /** What an action sent from its thread: its statements in order, and its commits. */
    public record Mesure(List<String> requetes, int validations) {
    }

    /** Wraps the application's data source (after its configuration is bound) in the counting proxy. */
    static BeanPostProcessor enveloppe() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof DataSource source && !(bean instanceof ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(source).name(NOM).countQuery()
                                .listener(new Releve())
                                .afterMethod(execution -> {
                                    var validations = VALIDATIONS.get();
                                    if (validations != null && execution.getTarget() instanceof Connection
                                            && execution.getMethod().getName().equals("commit")) {
                                        validations[0]++;
                                    }
                                })
                                .logQueryBySlf4j(SLF4JLogLevel.DEBUG, JOURNAL).build()
                        : bean;
            }
        };
    }

    /** Adds each statement's SQL to the current thread's list, when one is open. */
    private static final class Releve implements QueryExecutionListener {

        /**
         * The action's list as the statement starts: an autocommitted statement (a group of finished publications
         * deleted) has done its work before it ends, and the wait for it may end the relevé meanwhile.
         */
        private static final ThreadLocal<List<String>> GLOBALE = new ThreadLocal<>();

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> requetes) {
            var global = toutes;
            GLOBALE.set(global);
            if (global != null) {
                EN_COURS.incrementAndGet();
            }
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> requetes) {
            var releve = RELEVE.get();
            var global = GLOBALE.get();
            GLOBALE.remove();
            String fil = Thread.currentThread().getName();
            boolean compte = global != null && !MUET.get() && !fil.startsWith("scheduling") && !fil.startsWith("spring-session");
            for (QueryInfo requete : requetes) {
                String sql = requete.getQuery() + (execution.isBatch() ? " [lot de " + execution.getBatchSize() + "]" : "");
                if (releve != null) {
                    releve.add(sql);
                }
                if (compte) {
                    global.add("[" + fil + "] " + sql);
                }
            }
            if (global != null) {
                EN_COURS.decrementAndGet();
            }
        }
    }

    @FunctionalInterface
    public interface Action {
        void executer() throws Exception;
    }
}
