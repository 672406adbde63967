package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.ExtendedLockConfigurationExtractor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

/**
 * Two instances on one database run each job once per tick, not once each: a job done in milliseconds used to free
 * its lock before the other instance's tick asked (issue 19).
 */
@TestIntegration
class TachesPlanifieesTest {

    static final String CRON = "*/2 * * * * *";

    /** A job like the application's: its cron, its lock, its annotation read by ShedLock's own extractor. */
    static class TacheDeTest {
        @Scheduled(cron = CRON)
        @SchedulerLock(name = "tache-de-test", lockAtMostFor = "PT1M")
        void executer() {
        }
    }

    @Autowired
    DataSource source;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExtendedLockConfigurationExtractor extracteur;

    @Autowired
    PeriodesTaches periodesApplication;

    @Autowired
    LockProvider verrouApplication;

    @BeforeEach
    void liberer() {
        jdbc.sql("DELETE FROM shedlock WHERE name = 'tache-de-test'").update();
    }

    @Test
    void twoSchedulersOnOneDatabaseRunAJobExactlyOncePerTick() throws Exception {
        var periodes = new PeriodesTaches();
        var tache = new TacheDeTest();
        periodes.postProcessAfterInitialization(tache, "tacheDeTest");
        var executions = new ConcurrentHashMap<Long, List<String>>();
        // The second instance's tick comes half a second later (its clock, its load): long after a quick run ended.
        var a = instance("instance-a", Duration.ZERO, periodes, tache, executions);
        var b = instance("instance-b", Duration.ofMillis(500), periodes, tache, executions);
        long premier = Instant.now().getEpochSecond() / 2 + 1; // the first whole tick
        Thread.sleep(10_000);                                    // three whole ticks and B's half second after them
        a.shutdown();
        b.shutdown();

        for (long tick = premier; tick < premier + 3; tick++) {
            assertThat(executions.get(tick)).as("exécutions du tick %d", tick).hasSize(1);
        }
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'tache-de-test'").query(String.class).single())
                .isIn("instance-a", "instance-b");
    }

    @Test
    void everyJobOfTheApplicationHoldsItsLockForHalfItsPeriod() {
        // Test periods: retry after 1 h, sFTP and journal chaining jobs 365 days (application-test.yml); the
        // nightly jobs once a day.
        assertThat(periodesApplication.periodes()).containsOnlyKeys("relance-notifications", "envoi-sftp",
                "releve-flux-retour", "purge-brouillons", "purge-elements-teledossiers", "balayage-contenus",
                "purge-comptes-non-confirmes", "expiration-procurations", "chainage-journal-audit");
        assertThat(periodesApplication.periodes()).containsEntry("relance-notifications", Duration.ofHours(1))
                .containsEntry("envoi-sftp", Duration.ofDays(365))
                .containsEntry("chainage-journal-audit", Duration.ofDays(365));
        assertThat(periodesApplication.periodes().get("purge-brouillons"))
                .isBetween(Duration.ofHours(23), Duration.ofHours(25));

        var relance = periodesApplication.ajuster(new LockConfiguration(Instant.now(), "relance-notifications",
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(relance.getLockAtLeastFor()).isEqualTo(Duration.ofMinutes(30));
        assertThat(relance.getLockAtMostFor()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theLockNamesTheInstanceHoldingIt() {
        var verrou = verrouApplication.lock(new LockConfiguration(Instant.now(), "tache-de-test-instance",
                Duration.ofSeconds(30), Duration.ZERO)).orElseThrow();
        try {
            String par = jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'tache-de-test-instance'")
                    .query(String.class).single();
            assertThat(par).isEqualTo(SocleConfig.instance(0)).contains("(pid " + ProcessHandle.current().pid() + ")");
        } finally {
            verrou.unlock();
        }
    }

    private ThreadPoolTaskScheduler instance(String nom, Duration retard, PeriodesTaches periodes, TacheDeTest tache,
            Map<Long, List<String>> executions) throws NoSuchMethodException {
        var executeur = new DefaultLockingTaskExecutor(SocleConfig.verrou(source, nom, periodes));
        var methode = TacheDeTest.class.getDeclaredMethod("executer");
        var planificateur = new ThreadPoolTaskScheduler();
        planificateur.setThreadNamePrefix(nom + "-");
        planificateur.initialize();
        planificateur.schedule(() -> {
            long tick = Instant.now().getEpochSecond() / 2;
            try {
                Thread.sleep(retard);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            var configuration = extracteur.getLockConfiguration(new ScheduledMethodRunnable(tache, methode)).orElseThrow();
            executeur.executeWithLock((Runnable) () -> executions.computeIfAbsent(tick, t -> new CopyOnWriteArrayList<>())
                    .add(nom), configuration);
        }, new CronTrigger(CRON));
        return planificateur;
    }
}
