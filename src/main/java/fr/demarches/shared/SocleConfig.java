package fr.demarches.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** One clock for every rule that depends on time (tests replace it), and one lock table for scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SocleConfig {

    /**
     * Ticking in microseconds, what PostgreSQL keeps: it rounds a finer instant, sometimes up, so that an instant
     * written and read back was no longer the one the rules had just compared (the tests' clock ticks the same way).
     */
    @Bean
    Clock horloge() {
        return Clock.tick(Clock.system(Fuseau.PARIS), Duration.ofNanos(1_000));
    }

    @Bean
    static PeriodesTaches periodesTaches() {
        return new PeriodesTaches();
    }

    @Bean
    LockProvider verrouTachesPlanifiees(DataSource dataSource, PeriodesTaches periodes, Environment env) {
        return verrou(dataSource, instance(env.getProperty("server.port", Integer.class, 8080)), periodes);
    }

    /**
     * Uses the database's time so that instances with drifting clocks still agree on who holds a lock; each lock
     * lasts from its job's period ({@link PeriodesTaches}) and names the instance holding it.
     */
    static LockProvider verrou(DataSource dataSource, String instance, PeriodesTaches periodes) {
        var jdbc = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instance)
                .build());
        return configuration -> jdbc.lock(periodes.ajuster(configuration));
    }

    /**
     * The {@code locked_by} of this instance: host, port and process, so that two instances of one host (or
     * containers given the same host name) are told apart in the {@code shedlock} table.
     */
    static String instance(int port) {
        String hote;
        try {
            hote = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            hote = "hôte inconnu";
        }
        return hote + ":" + port + " (pid " + ProcessHandle.current().pid() + ")";
    }
}
