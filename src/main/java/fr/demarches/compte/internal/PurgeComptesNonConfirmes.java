package fr.demarches.compte.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.ProprietesComptes;
import fr.demarches.shared.Mesures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen account whose address was never confirmed holds an e-mail address nobody proved to own: it is deleted
 * a week (configurable) after the last confirmation link was sent, so the platform keeps no personal data it has no use for. Such an account could
 * never sign in, so nothing else hangs on it. Nightly, on one instance (ShedLock).
 */
@Component
public class PurgeComptesNonConfirmes {

    private final JdbcClient jdbc;
    private final JournalAudit journal;
    private final Clock horloge;
    private final Duration duree;
    /** {@code demarches_purges_total{objet="comptes-non-confirmes"}}. */
    private final Counter purges;

    PurgeComptesNonConfirmes(JdbcClient jdbc, JournalAudit journal, Clock horloge,
            ProprietesComptes proprietes, MeterRegistry registre) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.horloge = horloge;
        this.duree = proprietes.dureeNonConfirme();
        this.purges = Mesures.purges(registre, "comptes-non-confirmes");
    }

    @Scheduled(cron = "${app.comptes.purge-cron}", zone = "Europe/Paris")
    @SchedulerLock(name = "purge-comptes-non-confirmes", lockAtMostFor = "PT30M")
    public void planifiee() {
        purger();
    }

    /** Deletes the unconfirmed citizen accounts older than the delay and returns how many. */
    @Transactional
    public int purger() {
        int supprimes = jdbc.sql("""
                DELETE FROM compte c WHERE c.type = 'USAGER' AND c.courriel_confirme_le IS NULL AND c.cree_le < :limite
                  AND NOT EXISTS (SELECT 1 FROM jeton j WHERE j.compte_id = c.id AND j.cree_le >= :limite)
                """).param("limite", Timestamp.from(horloge.instant().minus(duree))).update();
        if (supprimes > 0) {
            journal.enregistrer(EntreeAudit.systeme("COMPTES_NON_CONFIRMES_PURGES", "COMPTE", null,
                    supprimes + " compte(s) non confirmé(s) depuis plus de " + duree.toDays() + " jours"));
        }
        Mesures.apresValidation(() -> purges.increment(supprimes));
        return supprimes;
    }
}
