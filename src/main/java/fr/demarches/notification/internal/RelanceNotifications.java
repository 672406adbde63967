package fr.demarches.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-runs the event listeners that failed (typically an SMTP outage) once they are older than the delay. Not the
 * ones merely waiting or running: under load the mails queue up for more than the delay, and sending them a second
 * time doubled the work when the instance was busiest (bench/, docs/performance.md). A publication left unfinished
 * by an instance that stopped is marked failed by Modulith after {@code spring.modulith.events.staleness.*}, then
 * re-run here. One instance at a time does it (ShedLock). Not on restart (Modulith's republish on restart is off): a
 * restarting instance would also re-run the publications another instance is sending at that moment.
 * <p>
 * A mail sent again is taken as abandoned only once its <em>retry</em> is old, here: Modulith's monitor counts from
 * the publication date, so after a long outage it failed every retry at once, and the next run sent them again while
 * the first retries still waited in the queue (application.yml keeps the monitor off them).
 */
@Component
class RelanceNotifications {

    private final IncompleteEventPublications incompletes;
    private final JdbcClient jdbc;
    private final Clock horloge;
    private final Duration delai;
    private final Duration abandon;

    RelanceNotifications(IncompleteEventPublications incompletes, JdbcClient jdbc, Clock horloge,
            ProprietesNotifications proprietes) {
        this.incompletes = incompletes;
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.delai = proprietes.relanceApres();
        this.abandon = proprietes.relanceAbandonneeApres();
    }

    @Scheduled(fixedDelayString = "${app.notifications.relance-apres}",
            initialDelayString = "${app.notifications.relance-apres}")
    @SchedulerLock(name = "relance-notifications", lockAtMostFor = "PT5M")
    void relancer() {
        jdbc.sql("UPDATE event_publication SET status = 'FAILED' WHERE status = 'RESUBMITTED' AND last_resubmission_date < ?")
                .param(Timestamp.from(horloge.instant().minus(abandon))).update();
        incompletes.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(delai)
                .withFilter(p -> p.getStatus() == EventPublication.Status.FAILED));
    }
}
