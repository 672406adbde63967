package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import fr.demarches.liste.EtatCivil;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The civil-status keys stored before Œ and Æ were read as OE and AE ({@link EtatCivil}): computed again for the
 * electors and procurations whose names hold one. In Java, as the application computes them: the same function, no
 * second copy of it in SQL.
 */
public class V218__cles_etat_civil_ligatures extends BaseJavaMigration {

    private static final String LIGATURE = "'[ŒœÆæ]'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connexion = context.getConnection();
        recalculer(connexion, "electeur", "cle_etat_civil", "nom_naissance", "prenoms", "date_naissance", "", "");
        // The procuration's version moves: an instance of the previous version holding it would write its old key back.
        recalculer(connexion, "procuration", "cle_mandant", "nom_naissance_mandant", "prenoms_mandant",
                "date_naissance_mandant", "", ", version = version + 1");
        recalculer(connexion, "procuration", "cle_mandataire", "nom_naissance_mandataire", "prenoms_mandataire",
                "date_naissance_mandataire", "EC:", ", version = version + 1");
    }

    /**
     * Rows whose key starts with {@code prefixe} (the key of a designation by NNE is left alone), locked while read so
     * that their place ({@code ctid}) holds until they are written.
     */
    private static void recalculer(Connection connexion, String table, String cle, String nom, String prenoms,
            String naissance, String prefixe, String aussi) throws SQLException {
        String lecture = "SELECT ctid::text, " + nom + ", " + prenoms + ", " + naissance + " FROM " + table
                + " WHERE " + cle + " LIKE ? AND (" + nom + " ~ " + LIGATURE + " OR " + prenoms + " ~ " + LIGATURE + ") FOR UPDATE";
        try (var lire = connexion.prepareStatement(lecture);
                var ecrire = connexion.prepareStatement("UPDATE " + table + " SET " + cle + " = ?" + aussi
                        + " WHERE ctid = ?::tid")) {
            lire.setString(1, prefixe + "%");
            try (var lignes = lire.executeQuery()) {
                while (lignes.next()) {
                    ecrire.setString(1, prefixe + EtatCivil.cle(lignes.getString(2), lignes.getString(3),
                            lignes.getObject(4, LocalDate.class)));
                    ecrire.setString(2, lignes.getString(1));
                    ecrire.addBatch();
                }
            }
            ecrire.executeBatch();
        }
    }
}
