package fr.demarches.teledossier.internal;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A request draft left untouched for six months (configurable) is deleted: its civil status and address are
 * personal data the citizen has stopped using, and an old draft would prefill a request with stale answers.
 * Nightly, on one instance (ShedLock).
 */
@Component
public class PurgeBrouillons {

    private final JdbcClient jdbc;
    private final Clock horloge;
    private final ProprietesTeledossiers proprietes;
    private final MesuresTeledossiers mesures;

    PurgeBrouillons(JdbcClient jdbc, Clock horloge, ProprietesTeledossiers proprietes, MesuresTeledossiers mesures) {
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.proprietes = proprietes;
        this.mesures = mesures;
    }

    @Scheduled(cron = "${app.teledossiers.purge-cron-brouillons}", zone = "Europe/Paris")
    @SchedulerLock(name = "purge-brouillons", lockAtMostFor = "PT30M")
    public void planifiee() {
        purger();
    }

    /** Deletes the drafts not saved since the delay and returns how many; and the day-old form keys. */
    public int purger() {
        int supprimes = jdbc.sql("DELETE FROM brouillon WHERE modifie_le < ?")
                .param(Timestamp.from(horloge.instant().minus(proprietes.dureeBrouillons()))).update();
        // The keys of forms acted on (Teledossiers.premierEnvoi) only have to outlive a repost.
        jdbc.sql("DELETE FROM formulaire_envoye WHERE envoye_le < ?")
                .param(Timestamp.from(horloge.instant().minus(java.time.Duration.ofDays(1)))).update();
        mesures.brouillonsPurges(supprimes);
        return supprimes;
    }
}
