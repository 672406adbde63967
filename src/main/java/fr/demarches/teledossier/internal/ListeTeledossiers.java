package fr.demarches.teledossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.demarches.commune.Procedure;
import fr.demarches.shared.LectureSimple;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Gestionnaire de Suivi's working list, read with plain SQL: only the columns the list shows, one page at a
 * time, on the commune's index. Without a search, closed dossiers are left out; a search finds them too.
 */
@Component
@Transactional(readOnly = true)
public class ListeTeledossiers {

    /** Sortable columns, by the name the page uses: never a column name taken from the request. */
    private static final Map<String, String> TRIS = Map.of(
            "numero", "numero", "procedure", "procedure", "depot", "depose_le", "etat", "etat");

    /** Counted exactly up to this many dossiers; beyond, the list says "plus de 1 000". */
    public static final int PLAFOND = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock horloge;
    private final ProprietesTeledossiers proprietes;

    ListeTeledossiers(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock horloge, ProprietesTeledossiers proprietes) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.horloge = horloge;
        this.proprietes = proprietes;
    }

    @LectureSimple
    public Page chercher(String communeInsee, Criteres criteres) {
        var filtre = new StringBuilder(" FROM teledossier WHERE commune_insee = :commune");
        var requete = new java.util.HashMap<String, Object>();
        requete.put("commune", communeInsee);
        String recherche = criteres.recherche();
        if (recherche == null) {
            // The working list leaves the closed dossiers out, unless they are what the agent filters on.
            if (criteres.etat() != EtatTeledossier.CLOS) {
                filtre.append(" AND etat <> 'CLOS'");
            }
        } else {
            // Accents and case: nom_recherche is the name through texte_recherche (V150, V185), applied to the term
            // too (folded into a constant: the search is always planned with its values, see below).
            filtre.append(" AND (nom_recherche LIKE '%' || texte_recherche(:motif) || '%'");
            requete.put("motif", recherche.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
            // A number or an address only when the term can be one: otherwise each name found was checked
            // against them too, and the search read two more indexes.
            var numero = NumeroTeledossier.lire(recherche);
            if (numero.isPresent()) {
                filtre.append(" OR numero = :numero");
                requete.put("numero", numero.get().valeur());
            }
            if (recherche.contains("@")) {
                filtre.append(" OR lower(courriel_usager) = :courriel");
                requete.put("courriel", recherche.toLowerCase(java.util.Locale.ROOT));
            }
            filtre.append(')');
        }
        if (criteres.procedure() != null) {
            filtre.append(" AND procedure = :procedure");
            requete.put("procedure", criteres.procedure().name());
        }
        if (criteres.etat() != null) {
            filtre.append(" AND etat = :etat");
            requete.put("etat", criteres.etat().name());
        }
        if (criteres.casParticulier()) {
            filtre.append(" AND cas_particulier IS NOT NULL");
        }
        // The tie-breaker follows the column's direction: one index per column serves both (V185).
        String colonne = TRIS.getOrDefault(criteres.tri(), "depose_le");
        String sens = criteres.croissant() ? " ASC" : " DESC";
        String ordre = colonne + sens + ", numero" + sens;
        String colonnes = "numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager,"
                + " conservation_depuis";
        requete.put("lignes", criteres.taille() + 1);
        requete.put("decalage", (long) criteres.page() * criteres.taille());
        // One statement for the count and the page (one more row: is there a next page?).
        String sql = recherche == null
                // The open dossiers: the page from the column's index, the count stopped past PLAFOND rows. The
                // outer join keeps the count when the page is empty; the outer sort orders the page's rows only.
                ? "SELECT c.total, p.*" + " FROM (SELECT count(*) AS total FROM (SELECT 1" + filtre + " LIMIT "
                        + (PLAFOND + 1) + ") a) c LEFT JOIN LATERAL (SELECT " + colonnes + filtre + " ORDER BY " + ordre
                        + " LIMIT :lignes OFFSET :decalage) p ON true ORDER BY p." + colonne + sens + ", p.numero" + sens
                // A search: the dossiers found are read anyway to be sorted, so they are counted on the way.
                : "SELECT count(*) OVER () AS total, " + colonnes + filtre + " ORDER BY " + ordre
                        + " LIMIT :lignes OFFSET :decalage";
        var conservation = proprietes.conservation();
        var maintenant = horloge.instant();
        long[] total = {0};
        RowMapper<Ligne> lecture = (rs, n) -> {
            total[0] = rs.getLong(1);
            if (rs.getString(2) == null) {
                return null;
            }
            return new Ligne(rs.getString(2), Procedure.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                    EtatTeledossier.valueOf(rs.getString(5)),
                    rs.getBoolean(6) ? 0 : conservation.joursRestants(rs.getTimestamp(8).toInstant(), maintenant),
                    rs.getString(7));
        };
        List<Ligne> lignes = (recherche == null ? jdbc.sql(sql).params(requete).query(lecture).list()
                : jdbcTemplate.query(planifieAvecSesValeurs(sql, requete), lecture))
                .stream().filter(java.util.Objects::nonNull).toList();
        if (lignes.isEmpty() && recherche != null && criteres.page() > 0) {
            // Past the last page of a search, no row carries the count: counted alone.
            total[0] = jdbcTemplate.query(planifieAvecSesValeurs("SELECT count(*)" + filtre, requete),
                    (rs, n) -> rs.getLong(1)).get(0);
        }
        boolean suivante = lignes.size() > criteres.taille();
        return new Page(suivante ? lignes.subList(0, criteres.taille()) : lignes, total[0],
                recherche == null && total[0] > PLAFOND, suivante);
    }

    /**
     * A statement PostgreSQL plans with its values each time, never as a prepared statement's generic plan: without
     * the commune's and the term's values, that plan walked every dossier of the commune (27 000 rows at Nanterre)
     * instead of reading the name index, and recomputed texte_recherche(term) for each row.
     */
    private static PreparedStatementCreator planifieAvecSesValeurs(String sql, Map<String, ?> valeurs) {
        var analyse = NamedParameterUtils.parseSqlStatement(sql);
        var source = new MapSqlParameterSource(valeurs);
        String sqlJdbc = NamedParameterUtils.substituteNamedParameters(analyse, source);
        var parametres = new ArgumentPreparedStatementSetter(NamedParameterUtils.buildValueArray(analyse, source, null));
        return connexion -> {
            var requete = connexion.prepareStatement(sqlJdbc);
            requete.unwrap(PGStatement.class).setPrepareThreshold(0);
            parametres.setValues(requete);
            return requete;
        };
    }

    /** {@code casParticulier}: only the late ILE requests carrying a Code électoral L30 ground. */
    public record Criteres(Procedure procedure, EtatTeledossier etat, String recherche, String tri, boolean croissant,
            int page, int taille, boolean casParticulier) {
    }

    /**
     * {@code joursRestants}: the retention rule's days left, 0 once the elements are no longer available;
     * {@code nomUsager}: given name and name, null once purged.
     */
    public record Ligne(String numero, Procedure procedure, Instant deposeLe, EtatTeledossier etat, long joursRestants,
            String nomUsager) {

        /** As the list shows it; one formatter for every row (#temporals.format built one per row). */
        public String deposeLeAffiche() {
            return fr.demarches.shared.Dates.COLONNE_JOUR_HEURE.format(deposeLe);
        }
    }

    /**
     * {@code total}: the number of dossiers, or, when {@code totalPlafonne}, that there are more than it (the open
     * dossiers are counted up to {@link #PLAFOND}: counting 20 000 rows for each page cost more than the page).
     * {@code suivante}: a next page exists.
     */
    public record Page(List<Ligne> lignes, long total, boolean totalPlafonne, boolean suivante) {

        public long plafond() {
            return PLAFOND;
        }
    }
}
