package fr.demarches.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.internal.ProprietesAudit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the hash chain of the journal (see V115, V205): every entry's hash is recomputed here, in Java, from its fields
 * and the previous entry's hash, and compared with what the database holds; the places ("rang") must follow each
 * other from 1. An edited entry no longer matches its hash, a deleted one leaves a gap and a broken link, and the
 * daily digests pin the head of the chain as it was, so a rewritten or shortened tail is found as well. Entries are
 * chained by a job about a second after their commit: one still unchained past {@code app.audit.delai-chainage} is
 * reported (the job is not running, or the entry was kept out of the chain).
 */
@Service
public class ChaineJournal {

    /** The hash the first entry follows. */
    public static final String ORIGINE = "0".repeat(64);

    private static final int LOT = 5_000;
    private static final int ANOMALIES_MAX = 100;

    private final JdbcClient jdbc;
    private final ProprietesAudit proprietes;
    private final Clock horloge;

    ChaineJournal(JdbcClient jdbc, ProprietesAudit proprietes, Clock horloge) {
        this.jdbc = jdbc;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    /** Walks the whole chain, by batches (memory stays bounded whatever the journal's size). */
    public Verification verifier() {
        var anomalies = new ArrayList<String>();
        long attendu = 1;
        String precedente = ORIGINE;
        long verifiees = 0;
        while (true) {
            var lot = jdbc.sql("SELECT * FROM journal_audit WHERE rang >= :depuis ORDER BY rang LIMIT " + LOT)
                    .param("depuis", attendu).query(ChaineJournal::maillon).list();
            for (var m : lot) {
                if (m.rang() != attendu) {
                    signaler(anomalies, "Entrée(s) de rang " + attendu + " à " + (m.rang() - 1)
                            + " absente(s) : supprimée(s) du journal.");
                }
                if (!m.empreintePrecedente().equals(precedente)) {
                    signaler(anomalies, "Rang " + m.rang() + " (n° " + m.id() + ") : le lien avec l'entrée précédente "
                            + "est rompu.");
                }
                if (!m.empreinte().equals(empreinte(m, m.empreintePrecedente()))) {
                    signaler(anomalies, "Rang " + m.rang() + " (n° " + m.id() + ", " + m.action()
                            + ") : le contenu ne correspond plus à son empreinte : entrée modifiée.");
                }
                precedente = m.empreinte();
                attendu = m.rang() + 1;
                verifiees++;
            }
            if (lot.size() < LOT) {
                break;
            }
        }
        // The application's clock: the one their timestamps were written with.
        long horsChaine = jdbc.sql("SELECT count(*) FROM journal_audit WHERE rang IS NULL AND horodatage < :limite")
                .param("limite", Timestamp.from(horloge.instant().minus(proprietes.delaiChainage())))
                .query(Long.class).single();
        if (horsChaine > 0) {
            var delai = proprietes.delaiChainage();
            signaler(anomalies, horsChaine + " entrée(s) hors de la chaîne depuis plus de "
                    + (delai.toMinutes() > 0 ? delai.toMinutes() + " min" : delai.toSeconds() + " s")
                    + " : la tâche de chaînage ne tourne plus.");
        }
        var tete = verifiees == 0 ? null : new Tete(attendu - 1, precedente);
        for (var empreinte : empreintes()) {
            comparer(empreinte.rang(), empreinte.empreinte()).ifPresent(ecart -> signaler(anomalies,
                    "Empreinte quotidienne du " + empreinte.jour() + " : " + ecart));
        }
        return new Verification(verifiees, tete, anomalies);
    }

    /**
     * Compares a digest kept outside the database (rang and hash of the head that day) with the chain today: empty
     * when the chain still holds that entry with that hash.
     */
    public Optional<String> comparer(long rang, String empreinte) {
        var stockee = jdbc.sql("SELECT empreinte FROM journal_audit WHERE rang = :rang").param("rang", rang)
                .query(String.class).optional();
        if (stockee.isEmpty()) {
            return Optional.of("l'entrée de rang " + rang + " n'existe plus : la fin du journal a été supprimée.");
        }
        if (!stockee.get().equalsIgnoreCase(empreinte.strip())) {
            return Optional.of("l'entrée de rang " + rang + " n'a plus la même empreinte : le journal a été réécrit.");
        }
        return Optional.empty();
    }

    /** The head of the chain now: the last committed entry's place and hash. */
    public Optional<Tete> tete() {
        return jdbc.sql("SELECT rang, empreinte FROM journal_audit WHERE rang IS NOT NULL ORDER BY rang DESC LIMIT 1")
                .query((rs, n) -> new Tete(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The digests recorded in the database, oldest first. */
    public List<EmpreinteQuotidienne> empreintes() {
        return jdbc.sql("SELECT jour, rang, empreinte FROM journal_audit_empreinte ORDER BY jour")
                .query((rs, n) -> new EmpreinteQuotidienne(rs.getObject(1, LocalDate.class), rs.getLong(2),
                        rs.getString(3)))
                .list();
    }

    /**
     * The text hashed for an entry: its place, its number, its time in microseconds, then each field as its
     * length in UTF-8 bytes, a colon and the value ('-' when absent), then the previous hash; '|' between them.
     * The database builds the same text (function journal_audit_empreinte).
     */
    static String formeCanonique(Maillon m, String precedente) {
        return String.join("|", Long.toString(m.rang()), Long.toString(m.id()), Long.toString(micros(m.horodatage())),
                champ(m.espace()), champ(m.acteurId() == null ? null : m.acteurId().toString()), champ(m.acteur()),
                champ(m.action()), champ(m.objetType()), champ(m.objetId()), champ(m.details()), champ(m.ip()),
                precedente);
    }

    static String empreinte(Maillon m, String precedente) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(formeCanonique(m, precedente).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String champ(String valeur) {
        return valeur == null ? "-" : valeur.getBytes(StandardCharsets.UTF_8).length + ":" + valeur;
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static void signaler(List<String> anomalies, String anomalie) {
        if (anomalies.size() < ANOMALIES_MAX) {
            anomalies.add(anomalie);
        }
    }

    private static Maillon maillon(ResultSet rs, int n) throws SQLException {
        Timestamp horodatage = rs.getTimestamp("horodatage");
        return new Maillon(rs.getLong("rang"), rs.getLong("id"), horodatage.toInstant(), rs.getString("espace"),
                rs.getObject("acteur_id", UUID.class), rs.getString("acteur"), rs.getString("action"),
                rs.getString("objet_type"), rs.getString("objet_id"), rs.getString("details"), rs.getString("ip"),
                rs.getString("empreinte_precedente"), rs.getString("empreinte"));
    }

    record Maillon(long rang, long id, Instant horodatage, String espace, UUID acteurId, String acteur, String action,
            String objetType, String objetId, String details, String ip, String empreintePrecedente,
            String empreinte) {
    }

    /** The last entry of the chain. */
    public record Tete(long rang, String empreinte) {
    }

    public record EmpreinteQuotidienne(LocalDate jour, long rang, String empreinte) {
    }

    /** {@code tete} is null for an empty journal; the chain holds when there is no anomaly. */
    public record Verification(long entrees, Tete tete, List<String> anomalies) {

        public boolean intacte() {
            return anomalies.isEmpty();
        }
    }
}
