package fr.demarches.teledossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.demarches.document.TypeDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the conversations of dossiers (requests for complements and answers, with their pieces) in two statements
 * whatever the number of dossiers: the citizen's dashboard and the mairie's dossier page both read it here.
 */
@Component
class FilEchanges {

    static final String MAIRIE_POUR_USAGER = "Votre mairie";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FilEchanges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The conversation of each dossier, oldest first; {@code pourUsager} hides the agents' names. */
    Map<UUID, List<EchangeDossier>> lire(Collection<UUID> dossiers, boolean pourUsager) {
        var resultat = new HashMap<UUID, List<EchangeDossier>>();
        if (dossiers.isEmpty()) {
            return resultat;
        }
        UUID[] ids = dossiers.toArray(UUID[]::new);
        var pieces = new HashMap<Long, List<EchangeDossier.PieceEchangee>>();
        jdbc.sql("""
                SELECT historique_id, type, version, nom_original FROM teledossier_piece
                WHERE teledossier_id = ANY(?) AND historique_id IS NOT NULL ORDER BY ordre
                """)
                .param(ids)
                .query((rs, n) -> pieces.computeIfAbsent(rs.getLong(1), h -> new ArrayList<>())
                        .add(new EchangeDossier.PieceEchangee(TypeDocument.valueOf(rs.getString(2)), rs.getInt(3),
                                rs.getString(4))))
                .list();
        jdbc.sql("""
                SELECT id, teledossier_id, horodatage, type, commentaire, auteur, pieces_demandees, donnees_demandees,
                       corrections
                FROM teledossier_historique
                WHERE teledossier_id = ANY(?) AND type IN ('DEMANDE_COMPLEMENTS', 'COMPLEMENT') ORDER BY horodatage, id
                """)
                .param(ids)
                .query((rs, n) -> {
                    boolean mairie = "DEMANDE_COMPLEMENTS".equals(rs.getString(4));
                    String auteur = mairie && pourUsager ? MAIRIE_POUR_USAGER : mairie ? rs.getString(6) : "Usager";
                    return resultat.computeIfAbsent(rs.getObject(2, UUID.class), d -> new ArrayList<>())
                            .add(new EchangeDossier(rs.getTimestamp(3).toInstant(), mairie, auteur, rs.getString(5),
                                    noms(TypeDocument.class, rs.getString(7)), noms(DonneeACorriger.class, rs.getString(8)),
                                    corrections(rs.getString(9)), pieces.getOrDefault(rs.getLong(1), List.of())));
                })
                .list();
        return resultat;
    }

    private Map<DonneeACorriger, String> corrections(String texte) {
        var corrections = new EnumMap<DonneeACorriger, String>(DonneeACorriger.class);
        if (texte != null) {
            json.readValue(texte, new TypeReference<Map<String, String>>() {
            }).forEach((cle, valeur) -> corrections.put(DonneeACorriger.valueOf(cle), valeur));
        }
        return corrections;
    }

    static <E extends Enum<E>> List<E> noms(Class<E> type, String valeurs) {
        return valeurs == null || valeurs.isBlank() ? List.of()
                : Arrays.stream(valeurs.split(",")).map(v -> Enum.valueOf(type, v)).toList();
    }
}
