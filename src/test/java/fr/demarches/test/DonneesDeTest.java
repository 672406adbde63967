package fr.demarches.test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.QualiteOfficier;
import fr.demarches.compte.TypeCompte;
import fr.demarches.compte.TypeUnite;
import fr.demarches.shared.AvisDeChangement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the database back to a known state between tests (the commune referential stays: it is reference data)
 * and creates the usual actors: one account of each kind, Nanterre connected.
 */
public class DonneesDeTest {

    public static final String MOT_DE_PASSE = "Mot-de-passe-de-test-1";
    public static final String NANTERRE = "92050";
    public static final String USAGER = "camille.martin@exemple.fr";
    public static final String AGENT = "agent.nanterre@exemple.fr";
    public static final String ADMIN_COMMUNE = "admin.nanterre@exemple.fr";
    public static final String OFFICIER = "opj.nanterre@exemple.fr";
    public static final String ADMIN = "admin@exemple.fr";

    /**
     * Reference data that tests read but never write: kept between tests. The job locks are kept too, but released:
     * ShedLock remembers which lock rows it created and would no longer take a lock whose row had vanished.
     */
    private static final String PUBLICATIONS_TERMINEES = "test_publication_terminee";
    private static final String CONSERVEES = "'flyway_schema_history', 'commune', 'commune_code_postal', 'shedlock'";

    private final JdbcClient jdbc;
    private final Comptes comptes;
    private final Raccordements raccordements;
    private final HorlogeReglable horloge;
    private final GreenMail courriels;
    private final fr.demarches.commune.Referentiel referentiel;
    private final PlatformTransactionManager transactions;
    private final AvisDeChangement avis;
    private volatile boolean publicationsGardees;

    DonneesDeTest(JdbcClient jdbc, Comptes comptes, Raccordements raccordements, HorlogeReglable horloge,
            GreenMail courriels, fr.demarches.commune.Referentiel referentiel, PlatformTransactionManager transactions,
            AvisDeChangement avis) {
        this.avis = avis;
        this.referentiel = referentiel;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.comptes = comptes;
        this.raccordements = raccordements;
        this.horloge = horloge;
        this.courriels = courriels;
    }

    /** The citizen {@code id} acting from their portal, as a screen passes them to a service that journals. */
    public static fr.demarches.audit.Acteur acteurUsager(UUID id) {
        return new fr.demarches.audit.Acteur("USAGER", id, USAGER, "127.0.0.1");
    }

    /** Empties every table a test may have written, resets the clock and the received mails. */
    public void vider() {
        garderLesPublicationsTerminees();
        attendreLesEcouteurs();
        String tables = String.join(", ", jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                + "AND tablename NOT IN (" + CONSERVEES + ")").query(String.class).list());
        jdbc.sql("TRUNCATE " + tables + " CASCADE").update();
        jdbc.sql("UPDATE shedlock SET lock_until = locked_at").update();
        // The connections and the calendar kept in memory are forgotten once the truncation's notice is heard.
        avis.attendre();
        // Some tests correct the referential with plain SQL: its in-memory answers start afresh too.
        referentiel.oublier();
        horloge.reinitialiser();
        try {
            courriels.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The event publications ever made, finished or not, that match {@code condition} (SQL on the columns of
     * {@code event_publication}): a finished one is deleted (completion mode "delete"), and its copy kept for the
     * tests only.
     */
    public long publications(String condition, Object... parametres) {
        return jdbc.sql("SELECT count(*) FROM (SELECT * FROM event_publication UNION ALL SELECT * FROM "
                + PUBLICATIONS_TERMINEES + ") p WHERE " + condition).params(parametres).query(Long.class).single();
    }

    /**
     * Puts the finished publication of {@code ecouteur} back as an instance that stopped between sending its mail and
     * recording it would have left it: not finished, failed (the staleness monitor's verdict), two hours old.
     */
    public void commeApresUnArret(String ecouteur) {
        int remises = jdbc.sql("WITH p AS (DELETE FROM " + PUBLICATIONS_TERMINEES + " WHERE listener_id = ? RETURNING *) "
                + "INSERT INTO event_publication SELECT * FROM p").param(ecouteur).update();
        if (remises != 1) {
            throw new IllegalStateException(remises + " publication(s) terminée(s) de " + ecouteur);
        }
        jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED', "
                + "publication_date = now() - interval '2 hours' WHERE listener_id = ?").param(ecouteur).update();
    }

    /**
     * Waits until the changes written so far with plain SQL are known to the memories of the connections and the
     * calendar (AvisDeChangement): a test that writes them so, then acts at once.
     */
    public void attendreLesAvis() {
        avis.attendre();
    }

    /** A copy of each deleted publication, in a table of the tests (made once per database, after Flyway's). */
    private void garderLesPublicationsTerminees() {
        if (publicationsGardees) {
            return;
        }
        jdbc.sql("CREATE TABLE IF NOT EXISTS " + PUBLICATIONS_TERMINEES + " (LIKE event_publication)").update();
        jdbc.sql("CREATE OR REPLACE FUNCTION test_garder_publication() RETURNS trigger LANGUAGE plpgsql AS "
                + "'BEGIN INSERT INTO " + PUBLICATIONS_TERMINEES + " SELECT OLD.*; RETURN OLD; END'").update();
        jdbc.sql("CREATE OR REPLACE TRIGGER test_garder_publication AFTER DELETE ON event_publication "
                + "FOR EACH ROW EXECUTE FUNCTION test_garder_publication()").update();
        publicationsGardees = true;
    }

    /** What two writes at once gave: the first's result, the second's, or what the second threw. */
    public record DeuxEcritures<A, B>(A premiere, B seconde, Throwable refusSeconde) {
    }

    /**
     * Two writes at once: {@code premiere} runs in a transaction held open (not committed) while {@code seconde} runs
     * on another thread, until the second has ended or waits for a lock that the first's database session holds (a
     * fixed pause let a slow second write finish after the first committed, and the test pass without the lock it
     * tests; any waiting lock of the server, another test database's or a benchmark's, would too); then the first
     * commits and the second is waited for. {@code entreLesDeux} runs before the second starts (moving the clock).
     */
    public <A, B> DeuxEcritures<A, B> enMemeTemps(Supplier<A> premiere, Runnable entreLesDeux, Callable<B> seconde)
            throws Exception {
        var ecrite = new CountDownLatch(1);
        var valider = new CountDownLatch(1);
        var session = new int[1];
        var executeur = Executors.newFixedThreadPool(2);
        try {
            Future<A> first = executeur.submit(() -> new TransactionTemplate(transactions).execute(t -> {
                A resultat = premiere.get();
                session[0] = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                ecrite.countDown();
                try {
                    valider.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return resultat;
            }));
            if (!ecrite.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("La première écriture n'a pas fini en 10 s");
            }
            entreLesDeux.run();
            Future<B> second = executeur.submit(seconde);
            attendreUneAttenteOuLaFin(session[0], second);
            valider.countDown();
            A resultat = first.get(10, TimeUnit.SECONDS);
            try {
                return new DeuxEcritures<>(resultat, second.get(10, TimeUnit.SECONDS), null);
            } catch (ExecutionException refus) {
                return new DeuxEcritures<>(resultat, null, refus.getCause());
            }
        } finally {
            valider.countDown();
            executeur.shutdownNow();
            executeur.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Until {@code tache} has ended or waits for a lock that the database session {@code premiere} holds. */
    private void attendreUneAttenteOuLaFin(int premiere, Future<?> tache) throws InterruptedException {
        long limite = System.nanoTime() + 10_000_000_000L;
        while (!tache.isDone() && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid)))")
                .param(premiere).query(Boolean.class).single()) {
            if (System.nanoTime() > limite) {
                throw new AssertionError("Ni fin ni attente d'un verrou en 10 s");
            }
            Thread.sleep(10);
        }
    }

    /**
     * Listeners run after commit on other threads: let the previous test's ones finish, so that their mails do not
     * land in the next test's mailbox. A publication left incomplete on purpose (SMTP down) is given up after 5 s.
     */
    public void attendreLesEcouteurs() {
        long limite = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < limite && jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** {@link #vider()}, then one account of each kind, all with {@link #MOT_DE_PASSE}. */
    public Acteurs acteurs() {
        vider();
        LocalDate aujourdhui = LocalDate.now(horloge);
        raccordements.raccorder(NANTERRE, ModeRaccordement.COURRIEL, "elections@mairie-nanterre.exemple.fr",
                EnumSet.allOf(Procedure.class), aujourdhui.minusMonths(1));
        var unite = comptes.creerUnite(TypeUnite.COMMISSARIAT, "Commissariat de Nanterre", "1 boulevard du Midi", "92");
        var acteurs = new Acteurs(
                comptes.creerUsager(USAGER, MOT_DE_PASSE, true),
                comptes.creerCompteMairie(TypeCompte.AGENT_COMMUNE, AGENT, MOT_DE_PASSE, "Lefebvre", "Karim", NANTERRE),
                comptes.creerCompteMairie(TypeCompte.ADMIN_COMMUNE, ADMIN_COMMUNE, MOT_DE_PASSE, "Durand", "Sophie",
                        NANTERRE),
                comptes.creerOfficier(OFFICIER, MOT_DE_PASSE, "Moreau", "Julien", unite, QualiteOfficier.OPJ,
                        aujourdhui.plusYears(1)),
                unite,
                comptes.creerAdministrateur(ADMIN, MOT_DE_PASSE, "Admin", null));
        // The connection just written is known to the memories once its notice is heard (AvisDeChangement).
        avis.attendre();
        return acteurs;
    }

    public HorlogeReglable horloge() {
        return horloge;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** PostgreSQL's plan of {@code requete}, with each node's output expressions (EXPLAIN VERBOSE), as one text. */
    public String plan(String requete) {
        return String.join("\n", jdbc.sql("EXPLAIN (VERBOSE, COSTS OFF) " + requete).query(String.class).list());
    }

    public record Acteurs(UUID usager, UUID agent, UUID adminCommune, UUID officier, UUID unite, UUID admin) {
    }
}
