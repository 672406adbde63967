package fr.demarches.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.audit.internal.ChainageJournal;
import fr.demarches.audit.internal.EmpreinteQuotidienne;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.HorlogeReglable;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The hash chain of the audit journal: what a database owner could do behind the application's back is found. */
@TestIntegration
class ChaineJournalTest {

    @Autowired
    JournalAudit journal;

    @Autowired
    ChaineJournal chaine;

    @Autowired
    ChainageJournal chainage;

    @Autowired
    EmpreinteQuotidienne empreinteQuotidienne;

    @Autowired
    HorlogeReglable horloge;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail courriels;

    @Autowired
    Environment environnement;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void eachEntryIsChainedToThePreviousOneAndTheJavaCheckAgreesWithTheDatabase() {
        // Fields that would make a naive concatenation ambiguous: separators, accents, emoji, absent values.
        journal.enregistrer(new EntreeAudit("MAIRIE", UUID.randomUUID(), "agent@exemple.fr", "DOSSIER_TELECHARGE",
                "TELEDOSSIER", "A-9-NKT2G5KB", "détails | avec : séparateurs 🗳", "203.0.113.7"));
        journal.enregistrer(EntreeAudit.systeme("PURGE", null, null, null));
        transaction.executeWithoutResult(t -> {
            journal.enregistrer(EntreeAudit.systeme("A", "X", "1", "même transaction"));
            journal.enregistrer(EntreeAudit.systeme("B", "X", "2", ""));
        });
        assertThat(chainage.chainer()).isEqualTo(4);

        var lignes = donnees.jdbc().sql("SELECT rang, empreinte_precedente, empreinte FROM journal_audit ORDER BY rang")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(lignes).extracting(l -> l[0]).containsExactly("1", "2", "3", "4");
        assertThat(lignes.get(0)[1]).isEqualTo(ChaineJournal.ORIGINE);
        for (int i = 1; i < lignes.size(); i++) {
            assertThat(lignes.get(i)[1]).isEqualTo(lignes.get(i - 1)[2]);
        }
        var verification = chaine.verifier();
        assertThat(verification.anomalies()).isEmpty();
        assertThat(verification.entrees()).isEqualTo(4);
        assertThat(verification.tete().empreinte()).isEqualTo(lignes.get(3)[2]);
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        var taches = new ArrayList<Callable<Void>>();
        for (int t = 0; t < 6; t++) {
            int auteur = t;
            taches.add(() -> {
                for (int i = 0; i < 15; i++) {
                    int numero = i;
                    transaction.executeWithoutResult(s -> {
                        journal.enregistrer(EntreeAudit.systeme("CONCURRENCE", "TEST", auteur + "-" + numero, "a"));
                        journal.enregistrer(EntreeAudit.systeme("CONCURRENCE", "TEST", auteur + "-" + numero, "b"));
                    });
                }
                return null;
            });
        }
        toutesEnsemble(taches);
        var verification = chaine.verifier();
        assertThat(verification.anomalies()).isEmpty();
        assertThat(verification.entrees()).isEqualTo(180);
        assertThat(donnees.jdbc().sql("SELECT count(DISTINCT empreinte_precedente) FROM journal_audit")
                .query(Long.class).single()).isEqualTo(180);
    }

    @Test
    void anEntryIsCommittedUnchainedThenChainedByTheJobWithTheHashTheJavaCheckExpects() {
        journal.enregistrer(EntreeAudit.systeme("PREMIERE", "TEST", "1", "détail"));
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE rang IS NULL AND empreinte IS NULL "
                + "AND empreinte_precedente IS NULL").query(Long.class).single()).isEqualTo(1);
        assertThat(chaine.verifier().entrees()).as("rien de chaîné au commit").isZero();

        assertThat(chainage.chainer()).isEqualTo(1);
        assertThat(chainage.chainer()).as("rien à refaire").isZero();
        journal.enregistrer(EntreeAudit.systeme("SECONDE", "TEST", "2", null));
        assertThat(chainage.chainer()).isEqualTo(1);

        var lignes = donnees.jdbc().sql("""
                SELECT rang, empreinte_precedente, empreinte, empreinte = journal_audit_empreinte(j, rang, empreinte_precedente)
                FROM journal_audit j ORDER BY rang""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)})
                .list();
        assertThat(lignes).extracting(l -> l[0]).containsExactly(1L, 2L);
        assertThat(lignes.get(0)[1]).isEqualTo(ChaineJournal.ORIGINE);
        assertThat(lignes.get(1)[1]).isEqualTo(lignes.get(0)[2]);
        assertThat(lignes).extracting(l -> l[3]).containsOnly(true);
        var verification = chaine.verifier();
        assertThat(verification.anomalies()).isEmpty();
        assertThat(verification.tete()).isEqualTo(new ChaineJournal.Tete(2, (String) lignes.get(1)[2]));
    }

    /**
     * The hash is computed inside the job's statement, not as a query of its own per entry (V220): a function the
     * planner cannot inline cost about 190 µs per entry in the job, four times the rest of the chaining.
     */
    @Test
    void theHashFunctionIsInlinedIntoTheChainingStatement() {
        var plan = donnees.plan("SELECT journal_audit_empreinte(j, 1, repeat('0', 64)) FROM journal_audit j");
        assertThat(plan).contains("sha256(").doesNotContain("journal_audit_empreinte(").doesNotContain("journal_audit_champ(");
    }

    /**
     * The job finds its rows by an index even on a connection whose plans were made while the journal was analysed
     * empty (V224): such a connection kept sequential scans, two reads of the whole journal per chained entry. Its
     * own connection, not the pool's, whose plans other tests made on a larger journal.
     */
    @Test
    void chainingReadsByIndexWithPlansMadeWhenTheJournalWasEmpty() throws Exception {
        try (var connexion = DriverManager.getConnection(environnement.getProperty("spring.datasource.url"),
                environnement.getProperty("spring.datasource.username"),
                environnement.getProperty("spring.datasource.password"));
                var sql = connexion.createStatement()) {
            // The journal, emptied by vider(), analysed as the benchmark's data generation or a restore does.
            sql.execute("ANALYZE journal_audit");
            String ajout = "INSERT INTO journal_audit (horodatage, acteur, action, details) "
                    + "SELECT now(), 'agent' || g, 'ESSAI', 'entrée ' || g FROM generate_series(1, %d) g";
            sql.execute(ajout.formatted(20));
            // Past five runs, PL/pgSQL keeps a generic plan, made here for an empty journal.
            for (int appel = 0; appel < 8; appel++) {
                sql.execute("SELECT journal_audit_chainer_en_attente(2)");
            }
            sql.execute(ajout.formatted(3_000));
            connexion.setAutoCommit(false);
            sql.execute("SELECT journal_audit_chainer_en_attente(1000)");
            try (var lectures = sql.executeQuery("SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables "
                    + "WHERE relname = 'journal_audit'")) {
                lectures.next();
                assertThat(lectures.getLong("seq_scan")).isZero();
                assertThat(lectures.getLong("idx_scan")).isGreaterThanOrEqualTo(2_000);
            }
            connexion.commit();
        }
    }

    @Test
    void writersAndTwoChainingInstancesAtOnceMakeOneUnbrokenChain() throws Exception {
        var taches = new ArrayList<Callable<Void>>();
        for (int t = 0; t < 4; t++) {
            int auteur = t;
            taches.add(() -> {
                for (int i = 0; i < 20; i++) {
                    journal.enregistrer(EntreeAudit.systeme("CONCURRENCE", "TEST", auteur + "-" + i, null));
                }
                return null;
            });
        }
        for (int t = 0; t < 2; t++) {
            taches.add(() -> {
                for (int i = 0; i < 30; i++) {
                    chainage.chainer();
                }
                return null;
            });
        }
        toutesEnsemble(taches);
        var verification = chaine.verifier();
        assertThat(verification.anomalies()).isEmpty();
        assertThat(verification.entrees()).isEqualTo(80);
        assertThat(verification.tete().rang()).isEqualTo(80);
    }

    @Test
    void chainingAnEntryIsTheOnlyChangeTheJournalAccepts() {
        journal.enregistrer(EntreeAudit.systeme("ACTION", "TEST", "1", "détail"));
        long id = donnees.jdbc().sql("SELECT id FROM journal_audit").query(Long.class).single();
        String hash = "journal_audit_empreinte(j, 1, repeat('0', 64))";

        refuse("UPDATE journal_audit SET details = 'autre' WHERE id = " + id);
        refuse("DELETE FROM journal_audit WHERE id = " + id);
        refuse("UPDATE journal_audit j SET rang = 1, empreinte_precedente = repeat('0', 64), empreinte = " + hash
                + " WHERE id = " + id);
        // Even with the job's flag: only the next link, with the fields unchanged.
        refuseAvecLeDrapeau("UPDATE journal_audit j SET rang = 1, empreinte_precedente = repeat('a', 64), "
                + "empreinte = " + hash + " WHERE id = " + id);
        refuseAvecLeDrapeau("UPDATE journal_audit j SET rang = 2, empreinte_precedente = repeat('0', 64), empreinte = "
                + "journal_audit_empreinte(j, 2, repeat('0', 64)) WHERE id = " + id);
        refuseAvecLeDrapeau("UPDATE journal_audit j SET details = 'autre', rang = 1, empreinte_precedente = "
                + "repeat('0', 64), empreinte = " + hash + " WHERE id = " + id);
        refuse("""
                INSERT INTO journal_audit (horodatage, espace, action, rang, empreinte_precedente, empreinte)
                VALUES (now(), 'SYSTEME', 'FAUSSE', 2, repeat('0', 64), repeat('0', 64))""");

        assertThat(chainage.chainer()).isEqualTo(1);
        refuse("UPDATE journal_audit SET details = 'autre' WHERE id = " + id);
        refuse("DELETE FROM journal_audit WHERE id = " + id);
        refuseAvecLeDrapeau("UPDATE journal_audit SET rang = NULL WHERE id = " + id);
        assertThat(chaine.verifier().anomalies()).isEmpty();
    }

    @Test
    void anEntryLeftUnchainedPastTheBoundIsReported() {
        journal.enregistrer(EntreeAudit.systeme("ACTION", "TEST", "1", null));
        assertThat(chaine.verifier().anomalies()).as("en attente du chaînage : normal").isEmpty();

        horloge.avancer(Duration.ofMinutes(6));
        assertThat(chaine.verifier().anomalies()).singleElement().asString()
                .contains("1 entrée(s) hors de la chaîne depuis plus de 5 min");

        chainage.chainer();
        assertThat(chaine.verifier().anomalies()).isEmpty();
    }

    @Test
    void anEntryEditedInSqlIsDetected() {
        for (int i = 1; i <= 5; i++) {
            journal.enregistrer(EntreeAudit.systeme("ACTION_" + i, "TEST", String.valueOf(i), "détail " + i));
        }
        chainage.chainer();
        sansProtection("UPDATE journal_audit SET details = 'rien à signaler' WHERE rang = 3");

        var verification = chaine.verifier();

        assertThat(verification.intacte()).isFalse();
        assertThat(verification.anomalies()).singleElement().asString()
                .contains("Rang 3").contains("ACTION_3").contains("entrée modifiée");
    }

    @Test
    void anEntryDeletedInSqlIsDetected() {
        for (int i = 1; i <= 5; i++) {
            journal.enregistrer(EntreeAudit.systeme("ACTION_" + i, "TEST", String.valueOf(i), null));
        }
        chainage.chainer();
        sansProtection("DELETE FROM journal_audit WHERE rang = 2");

        assertThat(chaine.verifier().anomalies()).anySatisfy(a -> assertThat(a).contains("rang 2 à 2 absente(s)"))
                .anySatisfy(a -> assertThat(a).contains("Rang 3").contains("lien avec l'entrée précédente est rompu"));
    }

    @Test
    void theDailyDigestCatchesACutTailAndAChainRewrittenByTheDatabaseOwner() throws Exception {
        for (int i = 1; i <= 4; i++) {
            journal.enregistrer(EntreeAudit.systeme("ACTION_" + i, "TEST", String.valueOf(i), "détail " + i));
        }
        String ligne = empreinteQuotidienne.ecrire().orElseThrow();
        assertThat(ligne).matches("JOURNAL_AUDIT_EMPREINTE jour=\\d{4}-\\d{2}-\\d{2} rang=4 empreinte=[0-9a-f]{64}");
        assertThat(Files.readAllLines(Path.of("target/empreintes-journal-test.log"))).contains(ligne);
        assertThat(empreinteQuotidienne.ecrire()).as("une seule empreinte par jour").isEmpty();
        long rang = Long.parseLong(ligne.replaceAll(".* rang=(\\d+) .*", "$1"));
        String empreinte = ligne.replaceAll(".* empreinte=", "");
        assertThat(chaine.comparer(rang, empreinte)).isEmpty();

        // The owner edits entry 2, then recomputes every hash after it with the database's own function, and
        // removes the digest row: the chain alone looks whole again, the line kept outside does not match.
        sansProtection("UPDATE journal_audit SET details = 'rien' WHERE rang = 2");
        sansProtection("""
                DO $$
                DECLARE l journal_audit; p TEXT;
                BEGIN
                    SELECT empreinte INTO p FROM journal_audit WHERE rang = 1;
                    FOR l IN SELECT * FROM journal_audit WHERE rang >= 2 ORDER BY rang LOOP
                        UPDATE journal_audit SET empreinte_precedente = p, empreinte = journal_audit_empreinte(l, l.rang, p)
                        WHERE id = l.id RETURNING empreinte INTO p;
                    END LOOP;
                END $$""");
        donnees.jdbc().sql("DELETE FROM journal_audit_empreinte").update();
        assertThat(chaine.verifier().anomalies()).isEmpty();
        assertThat(chaine.comparer(rang, empreinte)).get().asString().contains("le journal a été réécrit");

        sansProtection("DELETE FROM journal_audit WHERE rang >= 3");
        assertThat(chaine.comparer(rang, empreinte)).get().asString().contains("la fin du journal a été supprimée");
    }

    @Test
    void theAdministratorChecksTheChainAndADigestLineOnAPage() throws Exception {
        donnees.acteurs();
        var admin = new Visiteur(mvc, courriels);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        String ligne = empreinteQuotidienne.ecrire().orElseThrow();
        assertThat(admin.page("/admin/journal")).contains("href=\"/admin/journal/integrite\"");
        assertThat(admin.page("/admin/journal/integrite")).contains("Empreintes quotidiennes enregistrées")
                .contains(ligne.replaceAll(".* empreinte=", ""));

        String page = admin.post("/admin/journal/integrite", "ligne", "  " + ligne + "  ").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chaîne intacte").contains("L&#39;empreinte conservée correspond")
                .doesNotContain("Chaîne rompue");

        sansProtection("UPDATE journal_audit SET acteur = 'quelqu''un d''autre' WHERE rang = 1");
        page = admin.post("/admin/journal/integrite", "ligne", "n'importe quoi").andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Chaîne rompue").contains("Rang 1").contains("entrée modifiée")
                .contains("Collez une ligne d&#39;empreinte").contains("fr-input-group--error");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'JOURNAL_VERIFIE'")
                .query(Long.class).single()).isEqualTo(2);
        // Who checked is the administrator's account, as for every other action of theirs.
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'JOURNAL_VERIFIE' "
                + "AND acteur_id IS NOT NULL").query(Long.class).single()).isEqualTo(2);
    }

    /** Runs the tasks at once, one thread each, then chains what is left (the job's next run). */
    private void toutesEnsemble(List<Callable<Void>> taches) throws Exception {
        try (var executeur = Executors.newFixedThreadPool(taches.size())) {
            for (var f : executeur.invokeAll(taches)) {
                f.get();
            }
        }
        chainage.chainer();
    }

    private void refuse(String sql) {
        assertThatThrownBy(() -> donnees.jdbc().sql(sql).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("journal d'audit");
    }

    /** The transaction-local flag the chaining function sets, set here by hand. */
    private void refuseAvecLeDrapeau(String sql) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> {
            donnees.jdbc().sql("SELECT set_config('journal_audit.chainage', 'on', true)").query().singleRow();
            donnees.jdbc().sql(sql).update();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("journal d'audit");
    }

    /** What only the table's owner can do: switch the append-only trigger off for one statement. */
    private void sansProtection(String sql) {
        donnees.jdbc().sql("ALTER TABLE journal_audit DISABLE TRIGGER journal_audit_immuable").update();
        try {
            donnees.jdbc().sql(sql).update();
        } finally {
            donnees.jdbc().sql("ALTER TABLE journal_audit ENABLE TRIGGER journal_audit_immuable").update();
        }
    }
}
