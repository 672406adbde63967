package fr.demarches.portail.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ConnexionsDeLaRequete;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The shared session store (Spring Session JDBC) without a write on every request. Spring Session marks a session
 * changed as soon as its last-access time moves, which it does on every request: one {@code UPDATE spring_session}
 * per request, a committed write (WAL flush) even for a page that only reads. Here a session is written back only
 * when something in it changed (an attribute, its id, its lifetime), or when its stored last access is
 * {@link #GRANULARITE} old: a session then expires at most that much before its 30 minutes of inactivity, and
 * every other request costs the session read alone. Shared by every instance as before.
 * <p>
 * Spring Session's filter also reads the session a second time right after saving it (to tell whether the id the
 * browser sent is still valid): that read is answered with the session just saved, on the same thread and within
 * the same request only ({@link #oublier()} runs around each request).
 * <p>
 * The store itself runs without a transaction of its own ({@code ConfigurationSessions}): a read is then one statement,
 * where Spring Session's transaction added a {@code COMMIT}, a second round trip, to every request. A write, which
 * may take several statements (the row, then its attributes), runs in {@code ecriture}, all or nothing.
 */
final class EcrituresSessionEspacees<S extends Session>
        implements FindByIndexNameSessionRepository<EcrituresSessionEspacees.SessionSuivie<S>>, DisposableBean {

    /** Last-access writes are at least this far apart (1/30 of the session's lifetime). */
    static final Duration GRANULARITE = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> stockage;
    private final TransactionOperations ecriture;
    /** Whether a sign-in may stand once its session is written; otherwise its account's sessions are ended. */
    private final Predicate<CompteConnecte> confirmation;

    /** The session this thread's request has just saved, until the request ends. */
    private final ThreadLocal<SessionSuivie<S>> justeEnregistree = new ThreadLocal<>();

    EcrituresSessionEspacees(FindByIndexNameSessionRepository<S> stockage, TransactionOperations ecriture,
            Predicate<CompteConnecte> confirmation) {
        this.stockage = stockage;
        this.ecriture = ecriture;
        this.confirmation = confirmation;
    }

    @Override
    public SessionSuivie<S> createSession() {
        return new SessionSuivie<>(stockage.createSession(), true);
    }

    @Override
    public void save(SessionSuivie<S> session) {
        if (session.aEcrire) {
            ecriture.executeWithoutResult(statut -> stockage.save(session.stockee));
            session.aEcrire = false;
            session.dernierAccesEcrit = session.stockee.getLastAccessedTime();
        }
        justeEnregistree.set(session);
        // After the write: a change of the account made while it signed in either sees this session (and ends it) or
        // is seen here (V214).
        for (CompteConnecte compte : ConnexionsDeLaRequete.prendre()) {
            boolean confirmee;
            try {
                confirmee = confirmation.test(compte);
            } catch (RuntimeException impossible) {
                // Unconfirmed is not confirmed: the new session goes (if the store still answers).
                justeEnregistree.remove();
                stockage.deleteById(session.getId());
                throw impossible;
            }
            if (!confirmee) {
                justeEnregistree.remove();
            }
        }
    }

    @Override
    public SessionSuivie<S> findById(String id) {
        var enregistree = justeEnregistree.get();
        justeEnregistree.remove();
        if (enregistree != null && enregistree.getId().equals(id) && !enregistree.isExpired()) {
            return enregistree;
        }
        S session = stockage.findById(id);
        return session == null ? null : new SessionSuivie<>(session, false);
    }

    @Override
    public void deleteById(String id) {
        justeEnregistree.remove();
        stockage.deleteById(id);
    }

    /** Ends what this thread remembers of its request's session (called before and after each request). */
    void oublier() {
        justeEnregistree.remove();
        ConnexionsDeLaRequete.oublier();
    }

    @Override
    public Map<String, SessionSuivie<S>> findByIndexNameAndIndexValue(String index, String valeur) {
        var sessions = new LinkedHashMap<String, SessionSuivie<S>>();
        stockage.findByIndexNameAndIndexValue(index, valeur).forEach((id, s) -> sessions.put(id, new SessionSuivie<>(s, false)));
        return sessions;
    }

    @Override
    public void destroy() throws Exception {
        if (stockage instanceof DisposableBean arret) {
            arret.destroy();
        }
    }

    /** A stored session that notes whether this request changed something worth writing. */
    static final class SessionSuivie<S extends Session> implements Session {

        private final S stockee;
        private Instant dernierAccesEcrit;
        private boolean aEcrire;

        SessionSuivie(S stockee, boolean nouvelle) {
            this.stockee = stockee;
            this.dernierAccesEcrit = stockee.getLastAccessedTime();
            this.aEcrire = nouvelle;
        }

        @Override
        public String getId() {
            return stockee.getId();
        }

        @Override
        public String changeSessionId() {
            aEcrire = true;
            return stockee.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String nom) {
            return stockee.getAttribute(nom);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stockee.getAttributeNames();
        }

        @Override
        public void setAttribute(String nom, Object valeur) {
            aEcrire = true;
            stockee.setAttribute(nom, valeur);
            if (ComptesDeLaSession.estUneConnexion(nom)) {
                ComptesDeLaSession.indexer(stockee);
            }
        }

        @Override
        public void removeAttribute(String nom) {
            if (stockee.getAttribute(nom) != null) {
                aEcrire = true;
            }
            stockee.removeAttribute(nom);
            if (ComptesDeLaSession.estUneConnexion(nom)) {
                ComptesDeLaSession.indexer(stockee);
            }
        }

        @Override
        public Instant getCreationTime() {
            return stockee.getCreationTime();
        }

        /**
         * Passed on only when the stored last access is {@link #GRANULARITE} old: Spring Session would otherwise take
         * the session as changed and rewrite its row even when only an attribute (a flash message) is added or
         * removed, which costs the attribute's own statement alone.
         */
        @Override
        public void setLastAccessedTime(Instant instant) {
            if (!instant.isBefore(dernierAccesEcrit.plus(GRANULARITE))) {
                aEcrire = true;
                stockee.setLastAccessedTime(instant);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stockee.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration duree) {
            if (!duree.equals(stockee.getMaxInactiveInterval())) {
                aEcrire = true;
            }
            stockee.setMaxInactiveInterval(duree);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stockee.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stockee.isExpired();
        }
    }
}
