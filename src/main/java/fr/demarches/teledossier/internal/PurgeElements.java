package fr.demarches.teledossier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.document.Documents;
import fr.demarches.teledossier.regles.ConservationElements;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention rule ({@link ConservationElements}): the elements (form data, name, frozen pieces) of every
 * dossier past the delay are deleted. The number, procedure, states, the citizen's address and the history
 * stay, so the agent can still notify. Runs nightly on one instance (ShedLock); each batch is its own short
 * transaction, with its journal entry, and skips rows another run holds, so even two runs at once purge each dossier
 * once.
 */
@Component
public class PurgeElements {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeElements.class);
    private static final int LOT = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JournalAudit journal;
    private final Documents documents;
    private final Clock horloge;
    private final ConservationElements conservation;
    private final MesuresTeledossiers mesures;

    PurgeElements(JdbcClient jdbc, TransactionTemplate transaction, JournalAudit journal, Documents documents,
            Clock horloge, ProprietesTeledossiers proprietes, MesuresTeledossiers mesures) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.journal = journal;
        this.documents = documents;
        this.horloge = horloge;
        this.conservation = proprietes.conservation();
        this.mesures = mesures;
    }

    /** Nightly, on one instance at a time. */
    @Scheduled(cron = "${app.teledossiers.purge-cron}", zone = "Europe/Paris")
    @SchedulerLock(name = "purge-elements-teledossiers", lockAtMostFor = "PT1H")
    public void planifiee() {
        purger();
    }

    /** Purges every dossier past the delay and returns how many; safe even if two runs overlap. */
    public int purger() {
        var maintenant = horloge.instant();
        int total = 0;
        int lot;
        do {
            lot = transaction.execute(etat -> {
                var resultat = jdbc.sql("""
                        WITH purges AS (
                            -- A new version: a write that read the dossier before (a state change by an agent, the
                            -- flux retour) then fails instead of writing the purged data back (Teledossier @Version).
                            UPDATE teledossier SET donnees = NULL, nom_usager = NULL, elements_purges_le = :maintenant,
                                                   version = version + 1
                            WHERE id IN (SELECT id FROM teledossier
                                         WHERE elements_purges_le IS NULL AND conservation_depuis <= :limite
                                         ORDER BY conservation_depuis LIMIT :lot FOR UPDATE SKIP LOCKED)
                            RETURNING id, etat),
                        historique AS (
                            INSERT INTO teledossier_historique (teledossier_id, horodatage, type, etat, commentaire, auteur)
                            SELECT id, :maintenant, 'PURGE', etat, :commentaire, 'système' FROM purges),
                        pieces AS (
                            DELETE FROM teledossier_piece p USING purges WHERE p.teledossier_id = purges.id
                            RETURNING p.document_fige_id),
                        -- The data the citizen corrected in answer to a request (names, birth, address...) are
                        -- elements of the dossier too; the exchange itself (who, when, the messages) stays.
                        corrections AS (
                            UPDATE teledossier_historique h SET corrections = NULL FROM purges
                            WHERE h.teledossier_id = purges.id AND h.corrections IS NOT NULL)
                        SELECT (SELECT count(*) FROM purges), ARRAY(SELECT document_fige_id FROM pieces)
                        """)
                        .param("maintenant", Timestamp.from(maintenant))
                        .param("limite", Timestamp.from(conservation.deposesJusquA(maintenant)))
                        .param("lot", LOT)
                        .param("commentaire", "Éléments du dossier supprimés au terme du délai de " + conservation.jours() + " jours")
                        .query((rs, n) -> new Lot(rs.getInt(1), java.util.List.of((UUID[]) rs.getArray(2).getArray())))
                        .single();
                documents.supprimerFiges(resultat.pieces());
                if (resultat.dossiers() > 0) {
                    journal.enregistrer(EntreeAudit.systeme("TELEDOSSIERS_PURGES", "TELEDOSSIER", null,
                            resultat.dossiers() + " télédossier(s) déposé(s) il y a plus de " + conservation.jours() + " jours"));
                }
                return resultat.dossiers();
            });
            mesures.elementsPurges(lot);
            total += lot;
        } while (lot == LOT);
        if (total > 0) {
            LOG.info("Éléments de {} télédossier(s) supprimés", total);
        }
        return total;
    }

    private record Lot(int dossiers, java.util.List<UUID> pieces) {
    }
}
