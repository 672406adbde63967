package fr.demarches.liste;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups in the imported electoral lists, for the automated checks of procurations. */
@Service
@Transactional(readOnly = true)
public class ListeElectorale {

    private final JdbcClient jdbc;

    ListeElectorale(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last import of the commune's list, if it ever imported one. */
    public Optional<ImportListe> dernierImport(String communeInsee) {
        return jdbc.sql("SELECT importe_le, importe_par, electeurs FROM import_liste WHERE commune_insee = ?")
                .param(communeInsee)
                .query((rs, n) -> new ImportListe(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /** The elector with this national number, in any commune whose list was imported. */
    public List<Electeur> parNne(String nne) {
        return jdbc.sql("SELECT * FROM electeur WHERE nne = ? ORDER BY commune_insee, type_liste").param(nne)
                .query(ListeElectorale::electeur).list();
    }

    /**
     * The electors whose birth name and birth date are these, in one commune's list or (null commune) in every
     * imported list: the candidates {@link IdentificationElecteur} chooses from. The index holds the normalised
     * birth name, the first part of {@code cle_etat_civil}.
     */
    public List<Electeur> parNomEtNaissance(String communeInsee, String nomNaissance, LocalDate dateNaissance) {
        return jdbc.sql("""
                SELECT * FROM electeur
                WHERE split_part(cle_etat_civil, '|', 1) = :nom AND date_naissance = :naissance
                  AND (CAST(:commune AS varchar) IS NULL OR commune_insee = :commune)
                ORDER BY commune_insee, type_liste, nne
                """)
                .param("nom", IdentificationElecteur.nomCompare(nomNaissance)).param("naissance", dateNaissance)
                .param("commune", communeInsee)
                .query(ListeElectorale::electeur).list();
    }

    /**
     * Who {@code designation} is in the list of {@code communeInsee}, or in every imported list (null commune);
     * the rule is {@link IdentificationElecteur#identifier}.
     */
    public IdentificationElecteur.Resultat identifier(IdentificationElecteur.Designation designation,
            String communeInsee) {
        List<Electeur> candidats = designation.parNne()
                ? parNne(designation.nne().strip()).stream()
                        .filter(e -> communeInsee == null || e.communeInsee().equals(communeInsee)).toList()
                : parNomEtNaissance(communeInsee, designation.nomNaissance(), designation.dateNaissance());
        return IdentificationElecteur.identifier(designation, candidats);
    }

    private static Electeur electeur(ResultSet rs, int n) throws SQLException {
        return new Electeur(rs.getString("commune_insee"), rs.getString("nne"),
                TypeListe.valueOf(rs.getString("type_liste")), rs.getString("nom_naissance"), rs.getString("nom_usage"),
                rs.getString("prenoms"), rs.getString("sexe"), rs.getObject("date_naissance", LocalDate.class),
                rs.getString("lieu_naissance"), rs.getString("bureau_vote"));
    }

    public record ImportListe(java.time.Instant importeLe, String importePar, int electeurs) {
    }
}
