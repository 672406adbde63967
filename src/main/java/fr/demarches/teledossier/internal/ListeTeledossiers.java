package fr.demarches.teledossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.EtatTeledossier;

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

    private final JdbcClient jdbc;

    ListeTeledossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page chercher(String communeInsee, Criteres criteres) {
        var filtre = new StringBuilder(" FROM teledossier WHERE commune_insee = :commune");
        var requete = new java.util.HashMap<String, Object>();
        requete.put("commune", communeInsee);
        if (criteres.recherche() == null) {
            filtre.append(" AND etat <> 'CLOS'");
        } else {
            filtre.append(" AND (numero = :exact OR lower(courriel_usager) = :exactMinuscule"
                    + " OR lower(nom_usager) LIKE :motif)");
            requete.put("exact", criteres.recherche().toUpperCase(java.util.Locale.ROOT));
            requete.put("exactMinuscule", criteres.recherche().toLowerCase(java.util.Locale.ROOT));
            requete.put("motif", "%" + criteres.recherche().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (criteres.procedure() != null) {
            filtre.append(" AND procedure = :procedure");
            requete.put("procedure", criteres.procedure().name());
        }
        if (criteres.etat() != null) {
            filtre.append(" AND etat = :etat");
            requete.put("etat", criteres.etat().name());
        }
        long total = jdbc.sql("SELECT count(*)" + filtre).params(requete).query(Long.class).single();
        String ordre = TRIS.getOrDefault(criteres.tri(), "depose_le") + (criteres.croissant() ? " ASC" : " DESC");
        requete.put("taille", criteres.taille());
        requete.put("decalage", (long) criteres.page() * criteres.taille());
        List<Ligne> lignes = jdbc.sql("SELECT numero, procedure, depose_le, etat" + filtre + " ORDER BY " + ordre
                        + ", numero LIMIT :taille OFFSET :decalage")
                .params(requete)
                .query((rs, n) -> new Ligne(rs.getString(1), Procedure.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), EtatTeledossier.valueOf(rs.getString(4))))
                .list();
        return new Page(lignes, total);
    }

    public record Criteres(Procedure procedure, EtatTeledossier etat, String recherche, String tri, boolean croissant,
            int page, int taille) {
    }

    public record Ligne(String numero, Procedure procedure, Instant deposeLe, EtatTeledossier etat) {

        /** Days left before the dossier's elements are purged (negative once they are). */
        public long joursRestants(java.time.LocalDate aujourdhui, long dureeJours) {
            var depot = deposeLe.atZone(fr.demarches.shared.Fuseau.PARIS).toLocalDate();
            return dureeJours - java.time.temporal.ChronoUnit.DAYS.between(depot, aujourdhui);
        }
    }

    public record Page(List<Ligne> lignes, long total) {
    }
}
