package fr.demarches.procuration.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import fr.demarches.procuration.ReferenceProcuration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The references awaiting an officer. The table's primary key guarantees uniqueness among pending references even
 * when two requests draw the same one at the same instant: the second insert does nothing and draws again.
 * A lapsed reference can be drawn again (the upsert takes it over).
 */
@Component
public class ReferencesEnAttente {

    public enum Objet { DEMANDE, RESILIATION }

    private final JdbcClient jdbc;

    ReferencesEnAttente(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReferenceProcuration reserver(UUID procurationId, Objet objet, Instant maintenant, Instant expireLe) {
        while (true) {
            var reference = ReferenceProcuration.tirer();
            int lignes = jdbc.sql("""
                    INSERT INTO reference_en_attente AS r (reference, procuration_id, objet, expire_le)
                    VALUES (:reference, :procuration, :objet, :expire)
                    ON CONFLICT (reference) DO UPDATE SET procuration_id = excluded.procuration_id,
                        objet = excluded.objet, expire_le = excluded.expire_le
                    WHERE r.expire_le <= :maintenant
                    """)
                    .param("reference", reference.valeur()).param("procuration", procurationId)
                    .param("objet", objet.name()).param("expire", Timestamp.from(expireLe))
                    .param("maintenant", Timestamp.from(maintenant))
                    .update();
            if (lignes == 1) {
                return reference;
            }
        }
    }

    /** Frees the reference once its request or cancellation is decided (look-ups: ProcurationRepository). */
    public void liberer(UUID procurationId, Objet objet) {
        jdbc.sql("DELETE FROM reference_en_attente WHERE procuration_id = ? AND objet = ?")
                .params(procurationId, objet.name()).update();
    }
}
