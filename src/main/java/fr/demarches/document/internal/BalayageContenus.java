package fr.demarches.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import fr.demarches.document.StockageContenus;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the contents no document and no frozen copy references any more (deleted documents and accounts,
 * deposits whose row failed). Chosen over reference counting: a content is shared by identical uploads, and a
 * counter would race with a new upload of the same bytes. Only contents older than the delay are considered:
 * an upload always rewrites its file (fresh date) before inserting its row, so a content in use is never removed.
 */
@Component
class BalayageContenus {

    private static final Logger LOG = LoggerFactory.getLogger(BalayageContenus.class);

    private final StockageContenus stockage;
    private final JdbcClient jdbc;
    private final ProprietesDocuments proprietes;
    private final Clock horloge;

    BalayageContenus(StockageContenus stockage, JdbcClient jdbc, ProprietesDocuments proprietes, Clock horloge) {
        this.stockage = stockage;
        this.jdbc = jdbc;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${app.documents.balayage}", zone = "Europe/Paris")
    @SchedulerLock(name = "balayage-contenus", lockAtMostFor = "PT1H")
    void planifie() {
        balayer();
    }

    /** The number of contents removed. */
    int balayer() {
        try (var anciens = stockage.ecritsAvant(horloge.instant().minus(proprietes.delaiBalayage()))) {
            int supprimes = 0;
            for (String empreinte : (Iterable<String>) anciens::iterator) {
                if (!reference(empreinte)) {
                    stockage.supprimer(empreinte);
                    supprimes++;
                }
            }
            if (supprimes > 0) {
                LOG.info("Contenus sans document supprimés : {}", supprimes);
            }
            return supprimes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean reference(String empreinte) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM document WHERE empreinte = :e) "
                + "OR EXISTS (SELECT 1 FROM document_fige WHERE empreinte = :e)")
                .param("e", empreinte).query(Boolean.class).single();
    }
}
