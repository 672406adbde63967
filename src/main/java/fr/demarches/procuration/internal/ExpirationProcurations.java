package fr.demarches.procuration.internal;

import fr.demarches.procuration.Procurations;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: requests no officer validated in time become "expired" (screens already show them so). */
@Component
class ExpirationProcurations {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirationProcurations.class);

    private final Procurations procurations;

    ExpirationProcurations(Procurations procurations) {
        this.procurations = procurations;
    }

    @Scheduled(cron = "${app.procurations.expiration-cron}", zone = "Europe/Paris")
    @SchedulerLock(name = "expiration-procurations", lockAtMostFor = "PT1H")
    void expirer() {
        int n = procurations.expirer();
        if (n > 0) {
            LOG.info("{} demande(s) de procuration expirée(s)", n);
        }
    }
}
