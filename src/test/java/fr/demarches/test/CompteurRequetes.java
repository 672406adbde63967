package fr.demarches.test;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
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

    private CompteurRequetes() {
    }

    /** The number of statements {@code action} sent. */
    public static long pendant(Action action) throws Exception {
        QueryCountHolder.clear();
        action.executer();
        long total = QueryCountHolder.get(NOM).getTotal();
        QueryCountHolder.clear();
        return total;
    }

    /** Wraps the application's data source (after its configuration is bound) in the counting proxy. */
    static BeanPostProcessor enveloppe() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof DataSource source && !(bean instanceof ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(source).name(NOM).countQuery()
                                .logQueryBySlf4j(SLF4JLogLevel.DEBUG, JOURNAL).build()
                        : bean;
            }
        };
    }

    @FunctionalInterface
    public interface Action {
        void executer() throws Exception;
    }
}
