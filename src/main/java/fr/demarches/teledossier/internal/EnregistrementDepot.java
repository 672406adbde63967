package fr.demarches.teledossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.EtatTeledossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a submission in one statement: the télédossier "transmis", its first history line, its pieces, and the
 * draft it came from deleted. No lock and no look-up before: the unique number and idempotency key decide
 * ({@code ON CONFLICT DO NOTHING}); a second post of the same form waits for the first to commit, then inserts
 * nothing. The same rows as {@link Teledossier}'s constructor and a JPA save (which took a number check, a lock,
 * a key look-up and one insert per table).
 */
@Component
public class EnregistrementDepot {

    private final JdbcClient jdbc;

    EnregistrementDepot(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A piece as attached at submission: its frozen copy (versions count from 1 by type, in the given order). */
    public record Piece(UUID figeId, TypeDocument type, String nomOriginal) {
    }

    /** What a submission writes; {@code donnees} is the JSON of the form's data. */
    public record Nouveau(String numero, Procedure procedure, UUID usagerId, String courrielUsager, String nomUsager,
            String communeInsee, String donnees, UUID cleIdempotence, boolean remiseSftp, String casParticulier,
            Instant deposeLe, List<Piece> pieces) {
    }

    /** False when nothing was written: the key was used already, or (about one in a million) the number was. */
    public boolean inserer(Nouveau d) {
        var pieces = new ArrayList<Object[]>();
        var versions = new java.util.EnumMap<TypeDocument, Integer>(TypeDocument.class);
        for (Piece p : d.pieces()) {
            pieces.add(new Object[] {p.figeId(), p.type().name(), pieces.size() + 1, versions.merge(p.type(), 1,
                    Integer::sum), p.nomOriginal()});
        }
        var maintenant = Timestamp.from(d.deposeLe());
        var requete = jdbc.sql("""
                WITH t AS (
                    INSERT INTO teledossier (id, numero, procedure, usager_id, courriel_usager, nom_usager, commune_insee,
                                             etat, depose_le, conservation_depuis, donnees, cle_idempotence, remise_sftp,
                                             cas_particulier, version)
                    VALUES (:id, :numero, :procedure, :usager, :courriel, :nom, :commune, :etat, :maintenant,
                            :maintenant, CAST(:donnees AS JSONB), :cle, :sftp, :casParticulier, 0)
                    ON CONFLICT DO NOTHING
                    RETURNING id
                ), h AS (
                    INSERT INTO teledossier_historique (teledossier_id, horodatage, type, etat, auteur)
                    SELECT id, :maintenant, 'ETAT', :etat, 'usager' FROM t
                ), b AS (
                    DELETE FROM brouillon
                    WHERE usager_id = :usager AND procedure = :procedure AND cle_idempotence = :cle
                      AND EXISTS (SELECT 1 FROM t)
                )""" + (pieces.isEmpty() ? "" : """
                , p AS (
                    INSERT INTO teledossier_piece (teledossier_id, document_fige_id, type, ordre, version, nom_original)
                    SELECT t.id, p.fige, p.type, p.ordre, p.version, p.nom
                    FROM t, (VALUES :pieces) AS p (fige, type, ordre, version, nom)
                )""") + """

                SELECT count(*) FROM t
                """)
                .param("id", UUID.randomUUID()).param("numero", d.numero()).param("procedure", d.procedure().name())
                .param("usager", d.usagerId()).param("courriel", d.courrielUsager())
                .param("nom", d.nomUsager(), java.sql.Types.VARCHAR)
                .param("commune", d.communeInsee()).param("etat", EtatTeledossier.TRANSMIS.name())
                .param("maintenant", maintenant).param("donnees", d.donnees()).param("cle", d.cleIdempotence())
                .param("sftp", d.remiseSftp()).param("casParticulier", d.casParticulier(), java.sql.Types.VARCHAR);
        if (!pieces.isEmpty()) {
            requete = requete.param("pieces", pieces);
        }
        return requete.query(Long.class).single() == 1;
    }

    /** The number of the dossier this form created already, if any. */
    public Optional<String> numeroParCle(UUID cleIdempotence) {
        return jdbc.sql("SELECT numero FROM teledossier WHERE cle_idempotence = ?").param(cleIdempotence)
                .query(String.class).optional();
    }
}
