package fr.demarches.notification.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-runs the event listeners that failed (typically an SMTP outage) once they are older than the delay.
 * One instance at a time does it (ShedLock); restart re-runs them too (Modulith's republish on restart).
 */
@Component
class RelanceNotifications {

    private final IncompleteEventPublications incompletes;
    private final Duration delai;

    RelanceNotifications(IncompleteEventPublications incompletes, @Value("${app.courriel.relance-apres}") Duration delai) {
        this.incompletes = incompletes;
        this.delai = delai;
    }

    @Scheduled(fixedDelayString = "${app.courriel.relance-apres}", initialDelayString = "${app.courriel.relance-apres}")
    @SchedulerLock(name = "relance-notifications", lockAtMostFor = "PT5M")
    void relancer() {
        incompletes.resubmitIncompletePublicationsOlderThan(delai);
    }
}
