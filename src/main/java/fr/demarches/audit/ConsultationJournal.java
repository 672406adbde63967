package fr.demarches.audit;

import static fr.demarches.shared.Dates.COLONNE_HORODATAGE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.internal.ProprietesAudit;
import fr.demarches.shared.Csv;
import fr.demarches.shared.Fuseau;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the journal: filtered pages for the administration screen, and the same filter as CSV. */
@Service
@Transactional(readOnly = true)
public class ConsultationJournal {

    /** An export is for an investigation, not a backup: beyond this, narrow the filter. */
    public static final int EXPORT_MAX = 100_000;

    /** The actions the administrator's journal page shows as alerts. */
    public static final List<String> ALERTES = List.of("ALERTE_ENUMERATION_REFERENCES", "JOURNAL_CHAINE_ROMPUE");

    private final JdbcClient jdbc;
    private final int plafondDecompte;

    ConsultationJournal(JdbcClient jdbc, ProprietesAudit proprietes) {
        this.jdbc = jdbc;
        this.plafondDecompte = proprietes.plafondDecompte();
    }

    /**
     * Counted exactly up to {@code app.audit.plafond-decompte} entries (10 000); beyond, the page says "plus de" and
     * offers the pages up to it. The journal only grows: counting all of it for each page read it whole (96 000
     * entries: 22-54 ms; millions: seconds), and an investigation narrows the filter long before.
     */
    public Page rechercher(Filtre filtre, int page, int taille) {
        var where = where(filtre);
        long total = where.lier(jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM journal_audit" + where.sql
                + " LIMIT :comptees) a")).param("comptees", plafondDecompte + 1).query(Long.class).single();
        boolean plafonne = total > plafondDecompte;
        int pages = (int) Math.max(1, (Math.min(total, plafondDecompte) + taille - 1) / taille);
        int courante = Math.min(Math.max(page, 1), pages);
        var entrees = where.lier(jdbc.sql("SELECT * FROM journal_audit" + where.sql
                + " ORDER BY horodatage DESC, id DESC LIMIT :limite OFFSET :decalage"))
                // Never past the ceiling: the page says the older entries are reached by a narrower filter.
                .param("limite", Math.min(taille, plafondDecompte - (courante - 1) * taille))
                .param("decalage", (long) (courante - 1) * taille)
                .query(ConsultationJournal::ligne)
                .list();
        return new Page(entrees, plafonne ? plafondDecompte : total, plafonne, courante, pages);
    }

    /**
     * The security alerts since a date, newest first (at most 20): enumeration of procuration references
     * (ALERTE_…) and a broken hash chain (JOURNAL_CHAINE_ROMPUE). Looked up by action, which the journal indexes.
     */
    public List<Ligne> alertes(Instant depuis) {
        return jdbc.sql("SELECT * FROM journal_audit WHERE action IN (:actions) AND horodatage >= :depuis "
                + "ORDER BY horodatage DESC, id DESC LIMIT 20")
                .param("actions", ALERTES).param("depuis", Timestamp.from(depuis))
                .query(ConsultationJournal::ligne)
                .list();
    }

    /**
     * When each of these accounts last signed in, from the journal's successful logins; an account that never did
     * is absent. Looked up by the entry's object (the account), which the journal indexes.
     */
    public Map<UUID, Instant> dernieresConnexions(Collection<UUID> comptes) {
        if (comptes.isEmpty()) {
            return Map.of();
        }
        var resultat = new HashMap<UUID, Instant>();
        jdbc.sql("SELECT objet_id, max(horodatage) FROM journal_audit WHERE objet_type = 'COMPTE' "
                + "AND action = 'CONNEXION_REUSSIE' AND objet_id IN (:ids) GROUP BY objet_id")
                .param("ids", comptes.stream().map(UUID::toString).toList())
                .query(rs -> {
                    resultat.put(UUID.fromString(rs.getString(1)), rs.getTimestamp(2).toInstant());
                });
        return resultat;
    }

    /** Writes the matching entries as CSV (see {@link Csv}). */
    public void exporter(Filtre filtre, Writer sortie) throws IOException {
        var where = where(filtre);
        var csv = new Csv(sortie, List.of("horodatage", "espace", "acteur", "action", "objet_type", "objet_id",
                "details", "ip", "id_requete"));
        where.lier(jdbc.sql("SELECT horodatage, espace, acteur, action, objet_type, objet_id, details, ip, id_requete "
                + "FROM journal_audit" + where.sql + " ORDER BY horodatage DESC, id DESC LIMIT " + EXPORT_MAX))
                .query(rs -> {
                    var cellules = new ArrayList<String>();
                    cellules.add(COLONNE_HORODATAGE.format(rs.getTimestamp(1).toInstant()));
                    for (int i = 2; i <= 9; i++) {
                        cellules.add(rs.getString(i));
                    }
                    try {
                        csv.ligne(cellules);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static Ligne ligne(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Ligne(rs.getLong("id"), rs.getTimestamp("horodatage").toInstant(), rs.getString("espace"),
                rs.getObject("acteur_id", UUID.class), rs.getString("acteur"), rs.getString("action"),
                rs.getString("objet_type"), rs.getString("objet_id"), rs.getString("details"), rs.getString("ip"));
    }

    private static Clause where(Filtre f) {
        var conditions = new ArrayList<String>();
        var clause = new Clause();
        if (present(f.acteur())) {
            conditions.add("acteur ILIKE :acteur");
            clause.params.add(new Object[] {"acteur", "%" + echapper(f.acteur().strip()) + "%"});
        }
        if (present(f.action())) {
            conditions.add("action = :action");
            clause.params.add(new Object[] {"action", f.action().strip().toUpperCase()});
        }
        if (present(f.objetType())) {
            conditions.add("objet_type = :objetType");
            clause.params.add(new Object[] {"objetType", f.objetType().strip().toUpperCase()});
        }
        if (present(f.objetId())) {
            conditions.add("objet_id = :objetId");
            clause.params.add(new Object[] {"objetId", f.objetId().strip()});
        }
        if (f.du() != null) {
            conditions.add("horodatage >= :du");
            clause.params.add(new Object[] {"du", Timestamp.from(debut(f.du()))});
        }
        if (f.au() != null) {
            conditions.add("horodatage < :au");
            clause.params.add(new Object[] {"au", Timestamp.from(debut(f.au().plusDays(1)))});
        }
        clause.sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return clause;
    }

    private static Instant debut(LocalDate jour) {
        return jour.atStartOfDay(Fuseau.PARIS).toInstant();
    }

    private static String echapper(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static final class Clause {
        String sql;
        final List<Object[]> params = new ArrayList<>();

        JdbcClient.StatementSpec lier(JdbcClient.StatementSpec spec) {
            var s = spec;
            for (Object[] p : params) {
                s = s.param((String) p[0], p[1]);
            }
            return s;
        }
    }

    /** Empty or null fields do not filter; dates are French days, both included. */
    public record Filtre(String acteur, String action, String objetType, String objetId, LocalDate du, LocalDate au) {
    }

    public record Ligne(long id, Instant horodatage, String espace, UUID acteurId, String acteur, String action,
            String objetType, String objetId, String details, String ip) {
    }

    /**
     * {@code total}: the number of entries, or, when {@code totalPlafonne}, the ceiling they exceed; {@code pages}
     * then counts the pages up to the ceiling.
     */
    public record Page(List<Ligne> entrees, long total, boolean totalPlafonne, int page, int pages) {
    }
}
