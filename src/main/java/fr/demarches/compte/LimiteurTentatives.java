package fr.demarches.compte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failures per key (an account, an IP, later an officer or a unit) in PostgreSQL so that every instance
 * behind the load balancer sees the same counters. A key that reaches its limit within the window is blocked
 * for a while; the counters are updated with one atomic upsert each.
 */
@Service
public class LimiteurTentatives {

    private final JdbcClient jdbc;
    private final Clock horloge;

    LimiteurTentatives(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** The latest end of a block among these keys, if any is blocked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> bloqueJusqua(Collection<String> cles) {
        Instant maintenant = horloge.instant();
        return jdbc.sql("SELECT max(bloque_jusqua) FROM limitation_tentatives WHERE cle IN (:cles) AND bloque_jusqua > :maintenant")
                .param("cles", cles)
                .param("maintenant", java.sql.Timestamp.from(maintenant))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single();
    }

    /** Records a failure on the key; blocks it when {@code limite} failures fall within {@code fenetre}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void echec(String cle, int limite, Duration fenetre, Duration blocage) {
        Instant maintenant = horloge.instant();
        jdbc.sql("""
                INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua)
                VALUES (:cle, 1, :maintenant, CASE WHEN :limite <= 1 THEN CAST(:finBlocage AS timestamptz) END)
                ON CONFLICT (cle) DO UPDATE SET
                    echecs = CASE WHEN l.fenetre_debut < :debutFenetre THEN 1 ELSE l.echecs + 1 END,
                    fenetre_debut = CASE WHEN l.fenetre_debut < :debutFenetre THEN :maintenant ELSE l.fenetre_debut END,
                    bloque_jusqua = CASE
                        WHEN l.fenetre_debut >= :debutFenetre AND l.echecs + 1 >= :limite THEN CAST(:finBlocage AS timestamptz)
                        ELSE l.bloque_jusqua END
                """)
                .param("cle", cle)
                .param("maintenant", java.sql.Timestamp.from(maintenant))
                .param("debutFenetre", java.sql.Timestamp.from(maintenant.minus(fenetre)))
                .param("finBlocage", java.sql.Timestamp.from(maintenant.plus(blocage)))
                .param("limite", limite)
                .update();
    }

    /**
     * Counts one more try on each key (each with its own limit) unless one of them is blocked now: then nothing is
     * counted and the latest end of their blocks is returned. The check and every counter in one statement (the
     * officer's look-up: his counter and his unit's), committed on its own. The rows are locked in the map's order:
     * callers give their keys in one fixed order.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> compterSaufBlocage(java.util.Map<String, Integer> limites, Duration fenetre, Duration blocage) {
        Instant maintenant = horloge.instant();
        var cles = List.copyOf(limites.keySet());
        var valeurs = new StringBuilder();
        var limiteParCle = new StringBuilder("CASE l.cle");
        for (int i = 0; i < cles.size(); i++) {
            valeurs.append(i == 0 ? "" : ", ").append("(CAST(:cle").append(i).append(" AS text), CAST(:limite").append(i)
                    .append(" AS int))");
            limiteParCle.append(" WHEN :cle").append(i).append(" THEN :limite").append(i);
        }
        limiteParCle.append(" END");
        var requete = jdbc.sql("""
                WITH bloque AS (
                    SELECT max(bloque_jusqua) AS jusqua FROM limitation_tentatives
                    WHERE cle IN (:cles) AND bloque_jusqua > :maintenant
                ), compte AS (
                    INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua)
                    SELECT v.cle, 1, :maintenant, CASE WHEN v.limite <= 1 THEN CAST(:finBlocage AS timestamptz) END
                    FROM (VALUES %s) AS v (cle, limite)
                    WHERE (SELECT jusqua FROM bloque) IS NULL
                    ON CONFLICT (cle) DO UPDATE SET
                        echecs = CASE WHEN l.fenetre_debut < :debutFenetre THEN 1 ELSE l.echecs + 1 END,
                        fenetre_debut = CASE WHEN l.fenetre_debut < :debutFenetre THEN :maintenant ELSE l.fenetre_debut END,
                        bloque_jusqua = CASE
                            WHEN l.fenetre_debut >= :debutFenetre AND l.echecs + 1 >= %s THEN CAST(:finBlocage AS timestamptz)
                            ELSE l.bloque_jusqua END
                )
                SELECT jusqua FROM bloque
                """.formatted(valeurs, limiteParCle))
                .param("cles", cles)
                .param("maintenant", java.sql.Timestamp.from(maintenant))
                .param("debutFenetre", java.sql.Timestamp.from(maintenant.minus(fenetre)))
                .param("finBlocage", java.sql.Timestamp.from(maintenant.plus(blocage)));
        for (int i = 0; i < cles.size(); i++) {
            requete = requete.param("cle" + i, cles.get(i)).param("limite" + i, limites.get(cles.get(i)));
        }
        return requete.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant)).single();
    }

    /**
     * Counts one more event on the key within a window starting at its first event, and returns the count: a
     * watch rather than a block (e.g. the unknown references an officer types, see procuration's alert).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int compter(String cle, Duration fenetre) {
        Instant maintenant = horloge.instant();
        return jdbc.sql("""
                INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut) VALUES (:cle, 1, :maintenant)
                ON CONFLICT (cle) DO UPDATE SET
                    echecs = CASE WHEN l.fenetre_debut < :debutFenetre THEN 1 ELSE l.echecs + 1 END,
                    fenetre_debut = CASE WHEN l.fenetre_debut < :debutFenetre THEN :maintenant ELSE l.fenetre_debut END
                RETURNING echecs
                """)
                .param("cle", cle)
                .param("maintenant", java.sql.Timestamp.from(maintenant))
                .param("debutFenetre", java.sql.Timestamp.from(maintenant.minus(fenetre)))
                .query(Integer.class).single();
    }

    /** Forgets the key's failures, e.g. after a successful login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reinitialiser(String cle) {
        jdbc.sql("DELETE FROM limitation_tentatives WHERE cle = :cle AND (bloque_jusqua IS NULL OR bloque_jusqua <= :maintenant)")
                .param("cle", cle)
                .param("maintenant", java.sql.Timestamp.from(horloge.instant()))
                .update();
    }
}
