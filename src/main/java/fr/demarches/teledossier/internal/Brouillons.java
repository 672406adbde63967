package fr.demarches.teledossier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.shared.LectureSimple;
import fr.demarches.shared.MemoireRequete;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen's request forms in progress: one draft per citizen and procedure, saved at every step so the
 * citizen may leave and come back. The idempotency key is drawn with the draft and kept until it is deleted.
 */
@Service
@Transactional
public class Brouillons {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock horloge;

    Brouillons(JdbcClient jdbc, JsonMapper json, Clock horloge) {
        this.jdbc = jdbc;
        this.json = json;
        this.horloge = horloge;
    }

    /**
     * The draft, read once per request (the form's model attribute, then the submission): each call gets its own
     * copy of the data, so binding the request onto one leaves the draft as saved.
     */
    @LectureSimple
    public <T> Optional<Brouillon<T>> lire(UUID usagerId, Procedure procedure, Class<T> type) {
        Optional<Brouillon<String>> lu = MemoireRequete.memoriser(cle(usagerId, procedure), () -> jdbc
                .sql("SELECT donnees, cle_idempotence FROM brouillon WHERE usager_id = ? AND procedure = ?")
                .param(usagerId).param(procedure.name())
                .query((rs, n) -> new Brouillon<>(rs.getString(1), rs.getObject(2, UUID.class))).optional());
        return lu.map(b -> new Brouillon<>(json.readValue(b.donnees(), type), b.cleIdempotence()));
    }

    /** Creates or replaces the draft; the idempotency key of an existing draft is kept. */
    public void enregistrer(UUID usagerId, Procedure procedure, Object donnees) {
        oublier(usagerId, procedure);
        jdbc.sql("""
                INSERT INTO brouillon (usager_id, procedure, donnees, cle_idempotence, modifie_le)
                VALUES (:usager, :procedure, CAST(:donnees AS JSONB), :cle, :maintenant)
                ON CONFLICT (usager_id, procedure) DO UPDATE SET donnees = EXCLUDED.donnees, modifie_le = EXCLUDED.modifie_le
                """)
                .param("usager", usagerId).param("procedure", procedure.name())
                .param("donnees", json.writeValueAsString(donnees)).param("cle", UUID.randomUUID())
                .param("maintenant", Timestamp.from(horloge.instant()))
                .update();
    }

    public void supprimer(UUID usagerId, Procedure procedure) {
        oublier(usagerId, procedure);
        jdbc.sql("DELETE FROM brouillon WHERE usager_id = ? AND procedure = ?").param(usagerId).param(procedure.name())
                .update();
    }

    /** The draft was written or deleted (here or by the submission's statement): read it again if asked. */
    public static void oublier(UUID usagerId, Procedure procedure) {
        MemoireRequete.oublier(cle(usagerId, procedure));
    }

    private static String cle(UUID usagerId, Procedure procedure) {
        return "brouillon." + usagerId + "." + procedure;
    }

    public record Brouillon<T>(T donnees, UUID cleIdempotence) {
    }
}
