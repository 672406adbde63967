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

    /** Electors of the commune with this civil status (see {@link EtatCivil#cle}). */
    public List<Electeur> parEtatCivil(String communeInsee, String nomNaissance, String prenoms, LocalDate dateNaissance) {
        return jdbc.sql("SELECT * FROM electeur WHERE commune_insee = ? AND cle_etat_civil = ? ORDER BY type_liste")
                .param(communeInsee).param(EtatCivil.cle(nomNaissance, prenoms, dateNaissance))
                .query(ListeElectorale::electeur).list();
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
