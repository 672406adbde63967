package fr.demarches.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import fr.demarches.document.StockageContenus;
import fr.demarches.shared.Mesures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the contents no document and no frozen copy references any more (deleted documents and accounts,
 * deposits whose row failed), and the temporary files a crash left behind. Chosen over reference counting: a
 * content is shared by identical uploads, and a counter would race with a new upload of the same bytes.
 * <p>
 * Safe by construction against a new upload of the same bytes: each candidate is checked and deleted in one
 * transaction under its exclusive lock ({@link VerrousContenus}), which a write holds, shared, from before it
 * publishes the content until its row is committed. The check therefore sees the row of any write that
 * published before, and a write that comes after publishes the content again. Only contents older than the
 * delay are considered: a margin, and a cheaper sweep.
 */
@Component
class BalayageContenus {

    private static final Logger LOG = LoggerFactory.getLogger(BalayageContenus.class);

    private final StockageContenus stockage;
    private final VerrousContenus verrous;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProprietesDocuments proprietes;
    private final Clock horloge;
    /** {@code demarches_purges_total{objet="contenus-orphelins"}}. */
    private final Counter purges;

    BalayageContenus(StockageContenus stockage, VerrousContenus verrous, JdbcClient jdbc,
            TransactionTemplate transaction, ProprietesDocuments proprietes, Clock horloge, MeterRegistry registre) {
        this.stockage = stockage;
        this.verrous = verrous;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.proprietes = proprietes;
        this.horloge = horloge;
        this.purges = Mesures.purges(registre, "contenus-orphelins");
    }

    @Scheduled(cron = "${app.documents.balayage}", zone = "Europe/Paris")
    @SchedulerLock(name = "balayage-contenus", lockAtMostFor = "PT1H")
    void planifie() {
        balayer();
    }

    /** The number of contents removed. */
    int balayer() {
        Instant debut = horloge.instant();
        supprimerTemporaires(debut.minus(proprietes.delaiFichiersTemporaires()));
        try (var anciens = stockage.ecritsAvant(debut.minus(proprietes.delaiBalayage()))) {
            int supprimes = 0;
            for (String empreinte : (Iterable<String>) anciens::iterator) {
                if (Boolean.TRUE.equals(transaction.execute(t -> supprimerSiOrphelin(empreinte)))) {
                    purges.increment();
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

    private boolean supprimerSiOrphelin(String empreinte) {
        if (!verrous.pourSupprimer(empreinte) || reference(empreinte)) {
            return false;
        }
        try {
            stockage.supprimer(empreinte);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The writes (and Tomcat's upload parts) a crash interrupted: no write lasts as long as the delay. */
    private void supprimerTemporaires(Instant avant) {
        try {
            int ecritures = FichierTemporaire.supprimerAbandonnes(proprietes.dossier().toAbsolutePath(), avant);
            int televersements = FichierTemporaire.supprimerAnciens(ConfigurationTeleversements.dossier(proprietes),
                    ConfigurationTeleversements.MOTIF, avant);
            if (ecritures + televersements > 0) {
                LOG.info("Fichiers temporaires abandonnés supprimés : {} écriture(s), {} téléversement(s)",
                        ecritures, televersements);
            }
        } catch (IOException e) {
            LOG.warn("Fichiers temporaires non balayés : {}", e.toString());
        }
    }

    private boolean reference(String empreinte) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM document WHERE empreinte = :e) "
                + "OR EXISTS (SELECT 1 FROM document_fige WHERE empreinte = :e)")
                .param("e", empreinte).query(Boolean.class).single();
    }
}
