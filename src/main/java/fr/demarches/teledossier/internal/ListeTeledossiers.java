package fr.demarches.teledossier.internal;

import java.time.Clock;
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
    private final Clock horloge;
    private final ProprietesTeledossiers proprietes;

    ListeTeledossiers(JdbcClient jdbc, Clock horloge, ProprietesTeledossiers proprietes) {
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.proprietes = proprietes;
    }

    public Page chercher(String communeInsee, Criteres criteres) {
        var filtre = new StringBuilder(" FROM teledossier WHERE commune_insee = :commune");
        var requete = new java.util.HashMap<String, Object>();
        requete.put("commune", communeInsee);
        if (criteres.recherche() == null) {
            filtre.append(" AND etat <> 'CLOS'");
        } else {
            filtre.append(" AND (numero = :exact OR lower(courriel_usager) = :exactMinuscule"
                    + " OR texte_recherche(nom_usager) LIKE '%' || texte_recherche(:motif) || '%')");
            requete.put("exact", criteres.recherche().toUpperCase(java.util.Locale.ROOT));
            requete.put("exactMinuscule", criteres.recherche().toLowerCase(java.util.Locale.ROOT));
            // Accents and case: the database's texte_recherche (V150), the same function as the index's.
            requete.put("motif", criteres.recherche()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
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
        long total = jdbc.sql("SELECT count(*)" + filtre).params(requete).query(Long.class).single();
        String ordre = TRIS.getOrDefault(criteres.tri(), "depose_le") + (criteres.croissant() ? " ASC" : " DESC");
        requete.put("taille", criteres.taille());
        requete.put("decalage", (long) criteres.page() * criteres.taille());
        var conservation = proprietes.conservation();
        var maintenant = horloge.instant();
        List<Ligne> lignes = jdbc.sql("SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL, nom_usager,"
                        + " conservation_depuis" + filtre + " ORDER BY " + ordre + ", numero LIMIT :taille OFFSET :decalage")
                .params(requete)
                .query((rs, n) -> {
                    Instant depot = rs.getTimestamp(3).toInstant();
                    return new Ligne(rs.getString(1), Procedure.valueOf(rs.getString(2)), depot,
                            EtatTeledossier.valueOf(rs.getString(4)),
                            rs.getBoolean(5) ? 0 : conservation.joursRestants(rs.getTimestamp(7).toInstant(), maintenant),
                            rs.getString(6));
                })
                .list();
        return new Page(lignes, total);
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
    }

    public record Page(List<Ligne> lignes, long total) {
    }
}
