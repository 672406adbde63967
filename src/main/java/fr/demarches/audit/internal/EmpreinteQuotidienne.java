package fr.demarches.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import fr.demarches.audit.ChaineJournal;
import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, on one instance (ShedLock): chains the entries committed so far, checks the journal's chain, then
 * writes its head (place and hash) as one line to the application log, to the configured file if any, and to the
 * database. Kept outside the database, these lines prove later that the journal was not rewritten nor cut short
 * since: the head of that day must still be in the chain with the same hash (see {@link ChaineJournal#comparer}).
 */
@Component
public class EmpreinteQuotidienne {

    /** The logger operators collect: one line per day, "JOURNAL_AUDIT_EMPREINTE jour=… rang=… empreinte=…". */
    private static final Logger EMPREINTES = LoggerFactory.getLogger("fr.demarches.audit.EMPREINTES");
    private static final Logger LOG = LoggerFactory.getLogger(EmpreinteQuotidienne.class);

    private final ChaineJournal chaine;
    private final ChainageJournal chainage;
    private final JournalAudit journal;
    private final JdbcClient jdbc;
    private final ProprietesAudit proprietes;
    private final Clock horloge;

    EmpreinteQuotidienne(ChaineJournal chaine, ChainageJournal chainage, JournalAudit journal, JdbcClient jdbc,
            ProprietesAudit proprietes, Clock horloge) {
        this.chaine = chaine;
        this.chainage = chainage;
        this.journal = journal;
        this.jdbc = jdbc;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${app.audit.empreinte-cron}", zone = "Europe/Paris")
    @SchedulerLock(name = "empreinte-journal-audit", lockAtMostFor = "PT1H")
    public void planifiee() {
        ecrire();
    }

    /** The line written for today, empty when the journal is empty or today's digest was already taken. */
    @Transactional
    public Optional<String> ecrire() {
        // The head pinned is the one of every entry committed until now, not of the last run of the chaining job.
        chainage.chainer();
        var verification = chaine.verifier();
        if (!verification.intacte()) {
            LOG.error("Chaîne du journal d'audit rompue : {}", verification.anomalies());
            journal.enregistrer(EntreeAudit.systeme("JOURNAL_CHAINE_ROMPUE", "JOURNAL", null,
                    verification.anomalies().size() + " anomalie(s), dont : " + verification.anomalies().get(0)));
        }
        var tete = chaine.tete();
        if (tete.isEmpty()) {
            return Optional.empty();
        }
        LocalDate jour = LocalDate.now(horloge);
        int ecrite = jdbc.sql("""
                INSERT INTO journal_audit_empreinte (jour, rang, empreinte, cree_le) VALUES (:jour, :rang, :empreinte, :maintenant)
                ON CONFLICT (jour) DO NOTHING
                """)
                .param("jour", jour).param("rang", tete.get().rang()).param("empreinte", tete.get().empreinte())
                .param("maintenant", Timestamp.from(horloge.instant()))
                .update();
        if (ecrite == 0) {
            return Optional.empty();
        }
        String ligne = "JOURNAL_AUDIT_EMPREINTE jour=" + jour + " rang=" + tete.get().rang() + " empreinte="
                + tete.get().empreinte();
        EMPREINTES.info(ligne);
        if (proprietes.fichierEmpreintes() != null) {
            try {
                Files.writeString(proprietes.fichierEmpreintes(), ligne + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Écriture de l'empreinte du journal impossible", e);
            }
        }
        journal.enregistrer(EntreeAudit.systeme("JOURNAL_EMPREINTE", "JOURNAL", null,
                "Empreinte quotidienne : rang " + tete.get().rang() + ", " + tete.get().empreinte()));
        return Optional.of(ligne);
    }
}
