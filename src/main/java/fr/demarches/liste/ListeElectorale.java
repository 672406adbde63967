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
     * Who {@code designation} is in every imported list; in one commune's, {@link #identifierDansLaListe}. The rule is
     * {@link IdentificationElecteur#identifier}.
     */
    public IdentificationElecteur.Resultat identifierPartout(IdentificationElecteur.Designation designation) {
        List<Electeur> candidats = designation.parNne() ? parNne(designation.nne().strip())
                : parNomEtNaissance(null, designation.nomNaissance(), designation.dateNaissance());
        return IdentificationElecteur.identifier(designation, candidats);
    }

    /**
     * Who {@code designation} is in the list of {@code communeInsee}, read in one statement with whether that list
     * was imported: empty when it never was (nothing to say). The rule is {@link IdentificationElecteur#identifier}.
     */
    public Optional<IdentificationElecteur.Resultat> identifierDansLaListe(IdentificationElecteur.Designation designation,
            String communeInsee) {
        String personne = designation.parNne() ? "e.nne = :nne"
                : "split_part(e.cle_etat_civil, '|', 1) = :nom AND e.date_naissance = :naissance";
        // One row per candidate, or one row of nulls (imported, nobody), or none (never imported).
        var lignes = jdbc.sql("SELECT e.* FROM import_liste i LEFT JOIN electeur e ON e.commune_insee = i.commune_insee AND "
                        + personne + " WHERE i.commune_insee = :commune ORDER BY e.type_liste, e.nne")
                .param("commune", communeInsee)
                .param("nne", designation.parNne() ? designation.nne().strip() : null)
                .param("nom", designation.parNne() ? null : IdentificationElecteur.nomCompare(designation.nomNaissance()))
                .param("naissance", designation.dateNaissance())
                .query((rs, n) -> Optional.ofNullable(rs.getString("nne") == null ? null : electeur(rs, n))).list();
        if (lignes.isEmpty()) {
            return Optional.empty();
        }
        var candidats = lignes.stream().flatMap(Optional::stream).toList();
        return Optional.of(IdentificationElecteur.identifier(designation, candidats));
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
