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
     * The statement that counts one more try on each key (each with its own limit) unless one of them is blocked now:
     * then nothing is counted. The check and every counter in one statement, which the caller completes with what it
     * reads under the count ({@link Comptage#puisLire}) and runs in its own transaction: the officer's look-up (his
     * counter and his unit's, then the reference) is one statement. The rows are locked in the map's order: callers
     * give their keys in one fixed order, and hold those locks until their transaction ends.
     */
    public Comptage comptage(java.util.Map<String, Integer> limites, Duration fenetre, Duration blocage) {
        Instant maintenant = horloge.instant();
        var cles = List.copyOf(limites.keySet());
        var parametres = new java.util.LinkedHashMap<String, Object>();
        var liste = new java.util.StringJoiner(", ");
        var valeurs = new java.util.StringJoiner(", ");
        var limiteParCle = new StringBuilder("CASE l.cle");
        for (int i = 0; i < cles.size(); i++) {
            liste.add(":cle" + i);
            valeurs.add("(CAST(:cle" + i + " AS text), CAST(:limite" + i + " AS int))");
            limiteParCle.append(" WHEN :cle").append(i).append(" THEN :limite").append(i);
            parametres.put("cle" + i, cles.get(i));
            parametres.put("limite" + i, limites.get(cles.get(i)));
        }
        limiteParCle.append(" END");
        parametres.put("maintenant", java.sql.Timestamp.from(maintenant));
        parametres.put("debutFenetre", java.sql.Timestamp.from(maintenant.minus(fenetre)));
        parametres.put("finBlocage", java.sql.Timestamp.from(maintenant.plus(blocage)));
        return new Comptage("""
                WITH bloque AS (
                    SELECT max(bloque_jusqua) AS jusqua FROM limitation_tentatives
                    WHERE cle IN (%s) AND bloque_jusqua > :maintenant
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
                )""".formatted(liste, valeurs, limiteParCle), java.util.Collections.unmodifiableMap(parametres));
    }

    /** The counting part of a statement ({@link #comptage}): its common table expressions and their parameters. */
    public record Comptage(String avec, java.util.Map<String, Object> parametres) {

        /**
         * The whole statement: the count, then {@code lecture}'s rows unless blocked. Its first column,
         * {@code bloque_jusqua}, is the latest end of the keys' blocks (null: counted); the read's columns follow,
         * all null when blocked or when it found nothing. {@code autresCte} adds common table expressions
         * ({@code ", nom AS (...)"}; "(SELECT jusqua FROM bloque) IS NULL" says not blocked), e.g. a write that only
         * an unblocked try may do. Its parameters must not take the names of {@link #parametres}.
         */
        public String puisLire(String autresCte, String lecture) {
            return avec + autresCte + "\nSELECT b.jusqua AS bloque_jusqua, x.* FROM (SELECT jusqua FROM bloque) b\n"
                    + "LEFT JOIN (" + lecture + ") x ON b.jusqua IS NULL";
        }
    }

    /**
     * Counts one more event on the key within a window starting at its first event, and returns the count: a
     * watch rather than a block (e.g. the unknown references an officer types, see procuration's alert). In the
     * caller's transaction, so that the count commits with what it triggers.
     */
    @Transactional
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
