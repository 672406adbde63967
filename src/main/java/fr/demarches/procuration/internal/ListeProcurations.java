package fr.demarches.procuration.internal;

import java.time.LocalDate;
import java.util.List;

import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.LigneProcuration;
import fr.demarches.procuration.LigneRegistre;
import fr.demarches.procuration.Portee;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The commune's lists in plain SQL: procurations received, and the registre for one ballot date. */
@Component
public class ListeProcurations {

    private final JdbcClient jdbc;

    ListeProcurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Received = validated by an officer; {@code aTraiter} keeps only those awaiting the commune. */
    public List<LigneProcuration> recues(String communeInsee, boolean aTraiter, int limite, long decalage) {
        // The state as a literal, not a parameter: the partial index procuration_a_decider (V206) then serves the
        // list à traiter in the page's order, in a generic plan as well.
        return jdbc.sql("""
                SELECT id, reference, nom_naissance_mandant, prenoms_mandant, portee, debut, fin, etablie_le, etat
                FROM procuration
                WHERE commune_insee = :commune AND etablie_le IS NOT NULL %s
                ORDER BY etablie_le DESC, id LIMIT :limite OFFSET :decalage
                """.formatted(aTraiter ? "AND etat = 'VALIDEE_AUTORITE'" : ""))
                .param("commune", communeInsee).param("limite", limite).param("decalage", decalage)
                .query((rs, n) -> new LigneProcuration(rs.getObject("id", java.util.UUID.class), rs.getString("reference"),
                        rs.getString("nom_naissance_mandant"), rs.getString("prenoms_mandant"),
                        Portee.valueOf(rs.getString("portee")), rs.getObject("debut", LocalDate.class),
                        rs.getObject("fin", LocalDate.class), rs.getTimestamp("etablie_le").toInstant(),
                        EtatProcuration.valueOf(rs.getString("etat"))))
                .list();
    }

    /**
     * The procurations accepted by the commune that cover this ballot date, with the mandant's polling station from
     * the imported list, sorted by polling station then name (the order of the liste d'émargement).
     */
    public List<LigneRegistre> registre(String communeInsee, LocalDate date) {
        return jdbc.sql("""
                SELECT p.reference, COALESCE(e.bureau_vote, '') AS bureau, p.nom_naissance_mandant, p.nom_usage_mandant,
                       p.prenoms_mandant, p.date_naissance_mandant,
                       COALESCE(p.prenoms_mandataire || ' ' || p.nom_naissance_mandataire,
                                m.prenoms || ' ' || m.nom_naissance, 'NNE ' || p.nne_mandataire) AS mandataire,
                       p.date_naissance_mandataire, p.portee, p.debut, p.fin, p.etablie_le,
                       CASE WHEN p.officier_id IS NULL AND p.identite_fournisseur IS NOT NULL
                            THEN 'en ligne (' || CASE p.identite_fournisseur WHEN 'franceconnect' THEN 'FranceConnect'
                                 ELSE p.identite_fournisseur END || ', ' || p.identite_niveau || ')'
                            ELSE 'autorité habilitée' END AS etablie_par
                FROM procuration p
                LEFT JOIN LATERAL (SELECT bureau_vote FROM electeur
                                   WHERE commune_insee = p.commune_insee
                                     AND (nne = p.nne_mandant OR cle_etat_civil = p.cle_mandant)
                                   ORDER BY type_liste LIMIT 1) e ON TRUE
                LEFT JOIN LATERAL (SELECT nom_naissance, prenoms FROM electeur
                                   WHERE nne = p.nne_mandataire LIMIT 1) m ON TRUE
                WHERE p.commune_insee = :commune AND p.etat = 'ACCEPTEE_COMMUNE' AND p.debut <= :date AND p.fin >= :date
                ORDER BY bureau, upper(p.nom_naissance_mandant), upper(p.prenoms_mandant), p.reference
                """)
                .param("commune", communeInsee).param("date", date)
                .query((rs, n) -> new LigneRegistre(rs.getString("bureau"), rs.getString("reference"),
                        rs.getString("nom_naissance_mandant"), rs.getString("nom_usage_mandant"),
                        rs.getString("prenoms_mandant"), rs.getObject("date_naissance_mandant", LocalDate.class),
                        rs.getString("mandataire"), rs.getObject("date_naissance_mandataire", LocalDate.class),
                        Portee.valueOf(rs.getString("portee")), rs.getObject("debut", LocalDate.class),
                        rs.getObject("fin", LocalDate.class), rs.getTimestamp("etablie_le").toInstant(),
                        rs.getString("etablie_par")))
                .list();
    }
}
