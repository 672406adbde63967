package fr.demarches.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import fr.demarches.test.CompteurRequetes;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Finished publications are deleted together, one statement per period for all of them; a group the database
 * refuses is kept and deleted at the next period; a stopping instance deletes what it holds. A group of this test
 * waits an hour: only the test's own calls delete.
 */
@TestIntegration
class FinsDePublicationTest {

    @Autowired
    DonneesDeTest donnees;

    FinsDePublication fins;

    @BeforeEach
    void demarrer() {
        donnees.vider();
        fins = new FinsDePublication(donnees.jdbc(), Duration.ofHours(1), true);
        fins.start();
    }

    @AfterEach
    void arreter() {
        fins.stop();
        donnees.jdbc().sql("DROP TRIGGER IF EXISTS test_refus ON event_publication").update();
        donnees.jdbc().sql("DROP FUNCTION IF EXISTS test_refus()").update();
    }

    @Test
    void publicationsFinishedWithinAPeriodAreDeletedInOneStatement() throws Exception {
        var ids = publications(5);
        ids.forEach(fins::terminer);
        assertThat(restantes()).isEqualTo(5);

        var requetes = CompteurRequetes.releve(fins::supprimerLesTerminees);

        assertThat(requetes).singleElement().asString().contains("DELETE FROM event_publication");
        assertThat(restantes()).isZero();
        assertThat(CompteurRequetes.releve(fins::supprimerLesTerminees)).isEmpty();
    }

    /**
     * Every action inserts publications and deletes them: an index on the table is paid for on every hot path. In
     * delete mode nothing reads by completion date, and by serialised event only the registry's rare fallback (V223).
     */
    @Test
    void thePublicationsAreIndexedByTheirIdentifierOnly() {
        assertThat(donnees.jdbc().sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'event_publication' "
                + "AND schemaname = current_schema()").query(String.class).list())
                .singleElement().asString().contains("UNIQUE").endsWith("(id)");
    }

    @Test
    void aGroupTheDatabaseRefusesIsDeletedAtTheNextPeriodAndNothingIsLost() {
        var ids = publications(3);
        ids.forEach(fins::terminer);
        donnees.jdbc().sql("CREATE OR REPLACE FUNCTION test_refus() RETURNS trigger LANGUAGE plpgsql AS "
                + "'BEGIN RAISE EXCEPTION ''base indisponible''; END'").update();
        donnees.jdbc().sql("CREATE TRIGGER test_refus BEFORE DELETE ON event_publication FOR EACH ROW "
                + "EXECUTE FUNCTION test_refus()").update();

        fins.supprimerLesTerminees();
        assertThat(restantes()).isEqualTo(3);

        donnees.jdbc().sql("DROP TRIGGER test_refus ON event_publication").update();
        fins.supprimerLesTerminees();
        assertThat(restantes()).isZero();
    }

    @Test
    void aStoppingInstanceDeletesWhatItHoldsThenDeletesAtOnce() {
        var ids = publications(3);
        fins.terminer(ids.get(0));
        fins.terminer(ids.get(1));

        fins.stop();
        assertThat(restantes()).isEqualTo(1);
        assertThat(fins.isRunning()).isFalse();

        fins.terminer(ids.get(2));
        assertThat(restantes()).isZero();
    }

    /**
     * The registry completes a publication through its repository (here a stand-in, proxied by the real
     * post-processor): the completions are grouped, and the group is looked up once, not at each completion (a bean
     * factory resolution each time was a tenth of the CPU of the threads sending mails).
     */
    @Test
    void completionsThroughTheRepositoryAreGroupedAndTheGroupIsLookedUpOnce() {
        var demandes = new AtomicInteger();
        ObjectProvider<FinsDePublication> groupe = new ObjectProvider<>() {
            @Override
            public FinsDePublication getIfAvailable() {
                demandes.incrementAndGet();
                return fins;
            }
        };
        var depot = (EventPublicationRepository) new FinsDePublication.Regroupement(groupe)
                .postProcessAfterInitialization(mock(EventPublicationRepository.class), "depot");
        var ids = publications(3);

        ids.forEach(id -> depot.markCompleted(id, Instant.now()));
        fins.supprimerLesTerminees();

        assertThat(restantes()).isZero();
        assertThat(demandes).hasValue(1);
    }

    private List<UUID> publications(int nombre) {
        var ids = IntStream.range(0, nombre).mapToObj(i -> UUID.randomUUID()).toList();
        for (UUID id : ids) {
            donnees.jdbc().sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, "
                    + "publication_date, status, completion_attempts) VALUES (?, 'test', 'Test', '{}', now(), "
                    + "'PUBLISHED', 1)").param(id).update();
        }
        return ids;
    }

    private long restantes() {
        return donnees.jdbc().sql("SELECT count(*) FROM event_publication").query(Long.class).single();
    }
}
