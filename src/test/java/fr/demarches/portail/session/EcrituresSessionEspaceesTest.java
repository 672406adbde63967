package fr.demarches.portail.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** When a session is written back to the shared store, and when a read is answered without it. */
class EcrituresSessionEspaceesTest {

    Stockage stockage;
    EcrituresSessionEspacees<MapSession> sessions;
    String id;

    @BeforeEach
    void session() {
        stockage = new Stockage();
        sessions = new EcrituresSessionEspacees<>(stockage, TransactionOperations.withoutTransaction(), compte -> true);
        var nouvelle = sessions.createSession();
        nouvelle.setAttribute("SPRING_SECURITY_CONTEXT_USAGER", "connecté");
        sessions.save(nouvelle);
        sessions.oublier();
        id = nouvelle.getId();
        stockage.ecritures = 0;
        stockage.lectures = 0;
    }

    @Test
    void aRequestThatChangesNothingWritesNothing() {
        var session = sessions.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(30));
        session.getAttribute("SPRING_SECURITY_CONTEXT_USAGER");
        sessions.save(session);

        assertThat(stockage.ecritures).isZero();
    }

    @Test
    void anAttributeSetOrRemovedIsWritten() {
        var session = sessions.findById(id);
        session.setAttribute("flash", "Votre demande est enregistrée");
        sessions.save(session);
        sessions.oublier();
        assertThat(stockage.ecritures).isEqualTo(1);

        session = sessions.findById(id);
        assertThat((String) session.getAttribute("flash")).isEqualTo("Votre demande est enregistrée");
        session.removeAttribute("flash");
        session.removeAttribute("absent");
        sessions.save(session);
        assertThat(stockage.ecritures).isEqualTo(2);
    }

    /** Without it, a sign-in's new id (session fixation) would never reach the store. */
    @Test
    void aNewIdIsWritten() {
        var session = sessions.findById(id);
        String nouvel = session.changeSessionId();
        sessions.save(session);
        sessions.oublier();

        assertThat(stockage.ecritures).isEqualTo(1);
        assertThat(sessions.findById(nouvel)).isNotNull();
        assertThat(sessions.findById(id)).isNull();
    }

    /** The last access is written once a minute at most: the session expires at most a minute early. */
    @Test
    void theLastAccessIsWrittenOnceItIsAMinuteOld() {
        var session = sessions.findById(id);
        Instant stockee = session.getLastAccessedTime();
        session.setLastAccessedTime(stockee.plus(EcrituresSessionEspacees.GRANULARITE).plusSeconds(1));
        sessions.save(session);
        sessions.oublier();

        assertThat(stockage.ecritures).isEqualTo(1);
        assertThat(stockage.findById(id).getLastAccessedTime()).isAfter(stockee.plus(Duration.ofMinutes(1)));
    }

    /** Spring Session's filter reads the session again right after saving it: the store is not asked twice. */
    @Test
    void theReadAfterTheSaveOfTheSameRequestIsAnsweredWithoutTheStore() {
        var session = sessions.findById(id);
        sessions.save(session);
        assertThat(sessions.findById(id)).isSameAs(session);
        assertThat(stockage.lectures).isEqualTo(1);

        // The next request reads the store again, even on the same thread.
        sessions.oublier();
        sessions.save(sessions.findById(id));
        sessions.oublier();
        assertThat(sessions.findById(id)).isNotSameAs(session);
        assertThat(stockage.lectures).isEqualTo(3);
    }

    @Test
    void aDeletedSessionIsNotAnsweredFromMemory() {
        var session = sessions.findById(id);
        sessions.save(session);
        sessions.deleteById(id);

        assertThat(sessions.findById(id)).isNull();
    }

    /** The store runs without a transaction of its own: a write gets the wrapper's, a read none. */
    @Test
    void aWriteRunsInTheWriteTransactionAndAReadInNone() {
        var enTransaction = new boolean[1];
        TransactionOperations ecriture = new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                enTransaction[0] = true;
                try {
                    return action.doInTransaction(new SimpleTransactionStatus());
                } finally {
                    enTransaction[0] = false;
                }
            }
        };
        var enTransactionAChaqueAppel = new ArrayList<Boolean>();
        var stockageVu = new Stockage() {
            @Override
            public void save(MapSession session) {
                enTransactionAChaqueAppel.add(enTransaction[0]);
                super.save(session);
            }

            @Override
            public MapSession findById(String id) {
                enTransactionAChaqueAppel.add(enTransaction[0]);
                return super.findById(id);
            }
        };
        var avecTransaction = new EcrituresSessionEspacees<>(stockageVu, ecriture, compte -> true);
        var nouvelle = avecTransaction.createSession();
        nouvelle.setAttribute("SPRING_SECURITY_CONTEXT_USAGER", "connecté");
        avecTransaction.save(nouvelle);
        avecTransaction.oublier();
        avecTransaction.findById(nouvelle.getId());

        assertThat(enTransactionAChaqueAppel).containsExactly(true, false);
    }

    /** A store in memory that counts what reaches it. */
    /** A sign-in that cannot be confirmed (the database does not answer) is not taken as confirmed. */
    @Test
    void aSignInWhoseCheckFailsLeavesNoSession() {
        var verifiees = new EcrituresSessionEspacees<>(stockage, TransactionOperations.withoutTransaction(), compte -> {
            throw new IllegalStateException("base injoignable");
        });
        var nouvelle = verifiees.createSession();
        nouvelle.setAttribute("SPRING_SECURITY_CONTEXT_USAGER", "connecté");
        fr.demarches.compte.ConnexionsDeLaRequete.noter(new fr.demarches.compte.CompteConnecte(java.util.UUID.randomUUID(),
                fr.demarches.compte.TypeCompte.USAGER, "camille@exemple.fr", null, "Camille", null, null, null, 0, true));

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> verifiees.save(nouvelle));
        verifiees.oublier();
        assertThat(stockage.findById(nouvelle.getId())).isNull();
    }

    static class Stockage implements FindByIndexNameSessionRepository<MapSession> {

        final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());
        int ecritures;
        int lectures;

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            ecritures++;
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            lectures++;
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String index, String valeur) {
            return Map.of();
        }
    }
}
