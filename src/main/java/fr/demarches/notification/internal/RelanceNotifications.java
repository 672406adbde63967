package fr.demarches.notification.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

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
 */
@Component
class RelanceNotifications {

    private final IncompleteEventPublications incompletes;
    private final Duration delai;

    RelanceNotifications(IncompleteEventPublications incompletes, ProprietesNotifications proprietes) {
        this.incompletes = incompletes;
        this.delai = proprietes.relanceApres();
    }

    @Scheduled(fixedDelayString = "${app.notifications.relance-apres}",
            initialDelayString = "${app.notifications.relance-apres}")
    @SchedulerLock(name = "relance-notifications", lockAtMostFor = "PT5M")
    void relancer() {
        incompletes.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(delai)
                .withFilter(p -> p.getStatus() == EventPublication.Status.FAILED));
    }
}
