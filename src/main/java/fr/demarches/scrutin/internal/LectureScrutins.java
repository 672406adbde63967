package fr.demarches.scrutin.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.shared.AvisDeChangement;
import fr.demarches.shared.MemoireSuivie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar as the procedures read it, in plain SQL: every ILE step and every officer decision reads it, and
 * through Hibernate the read cost more than the statement (entity and collection loading: 8.6 % of the HTTP threads'
 * samples in the ILE window, 1.3 % in SQL; docs/performance.md). Then kept in memory, read again after each change
 * of the calendar (V219). Writes stay on the entity ({@link Scrutin}).
 */
@Component
public class LectureScrutins {

    private static final String COLONNES = """
            SELECT s.id, s.nom, s.type, s.premier_tour, s.second_tour, s.date_limite_inscription, s.toutes_communes,
                   c.code_insee
            FROM scrutin s LEFT JOIN scrutin_commune c ON c.scrutin_id = s.id
            """;

    private static final String TOUS = "tous";

    private final JdbcClient jdbc;
    private final MemoireSuivie<String, List<ScrutinVue>> memoire;

    LectureScrutins(JdbcClient jdbc, AvisDeChangement avis) {
        this.jdbc = jdbc;
        this.memoire = avis.memoire("scrutin", "scrutin_commune");
    }

    /**
     * Elections whose last round is on or after {@code jour} and which concern the commune, soonest first (then by
     * id, as PostgreSQL orders uuids: their text), from {@link #tous()}.
     */
    public List<ScrutinVue> prochains(String codeInsee, LocalDate jour) {
        return tous().stream()
                .filter(s -> !s.dernierTour().isBefore(jour))
                .filter(s -> s.concerne(codeInsee))
                .sorted(Comparator.comparing(ScrutinVue::premierTour).thenComparing(s -> s.id().toString()))
                .toList();
    }

    /** Every election, latest first: kept in memory until the calendar changes (a few times a year). */
    public List<ScrutinVue> tous() {
        return memoire.lire(TOUS, () -> lire(COLONNES + "ORDER BY s.premier_tour DESC, s.id, c.code_insee"));
    }

    /** One row per commune of an election (one with no commune for "every commune"), in the order asked. */
    private List<ScrutinVue> lire(String sql, Object... parametres) {
        var lus = new LinkedHashMap<UUID, Lu>();
        jdbc.sql(sql).params(parametres).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Lu lu = lus.get(id);
            if (lu == null) {
                lu = new Lu(id, rs.getString("nom"), TypeScrutin.valueOf(rs.getString("type")),
                        rs.getObject("premier_tour", LocalDate.class), rs.getObject("second_tour", LocalDate.class),
                        rs.getObject("date_limite_inscription", LocalDate.class), rs.getBoolean("toutes_communes"),
                        new ArrayList<>());
                lus.put(id, lu);
            }
            String commune = rs.getString("code_insee");
            if (commune != null) {
                lu.communes().add(commune);
            }
        });
        return lus.values().stream().map(Lu::vue).toList();
    }

    private record Lu(UUID id, String nom, TypeScrutin type, LocalDate premierTour, LocalDate secondTour,
            LocalDate dateLimite, boolean toutesCommunes, List<String> communes) {

        ScrutinVue vue() {
            return ScrutinVue.de(id, nom, type, premierTour, secondTour, dateLimite, toutesCommunes, communes);
        }
    }
}
