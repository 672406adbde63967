package fr.demarches.echange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery state of each commune, as the platform administrator reads it: last push, last errors, backlog
 * and next attempt (from the outbox), last reading of the return folder and the files it applied or rejected.
 * Each write is its own short statement, so the jobs record an outage even when nothing else commits.
 */
@Component
@Transactional
public class EtatEchanges {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    EtatEchanges(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    void remiseReussie(String insee, Instant le) {
        maj(insee, "derniere_remise_le = :le", null, le);
    }

    void erreurEnvoi(String insee, String erreur, Instant le) {
        maj(insee, "derniere_erreur_envoi = :erreur, derniere_erreur_envoi_le = :le", erreur, le);
    }

    void releveReussie(String insee, Instant le) {
        maj(insee, "derniere_releve_le = :le", null, le);
    }

    void erreurReleve(String insee, String erreur, Instant le) {
        maj(insee, "derniere_erreur_releve = :erreur, derniere_erreur_releve_le = :le", erreur, le);
    }

    /** The host key the server presented at a connection; written only when it changes. */
    public void cleVue(String insee, ClientSftp.CleHote cle, Instant le) {
        if (cle == null) {
            return;
        }
        jdbc.sql("INSERT INTO echange_sftp_commune (commune_insee) VALUES (:insee) ON CONFLICT DO NOTHING")
                .param("insee", insee).update();
        jdbc.sql("""
                UPDATE echange_sftp_commune SET cle_vue_type = :type, cle_vue_empreinte = :empreinte, cle_vue_le = :le
                WHERE commune_insee = :insee AND cle_vue_empreinte IS DISTINCT FROM :empreinte
                """)
                .param("insee", insee).param("type", cle.type()).param("empreinte", cle.empreinte())
                .param("le", Timestamp.from(le)).update();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CleDatee> cleVue(String insee) {
        return jdbc.sql("""
                SELECT cle_vue_type, cle_vue_empreinte, cle_vue_le, NULL FROM echange_sftp_commune
                WHERE commune_insee = :insee AND cle_vue_empreinte IS NOT NULL
                """)
                .param("insee", insee).query(EtatEchanges::cleDatee).optional();
    }

    /** The commune administrator proposes a new host key; the platform administrator confirms it or not. */
    public void proposerCle(String insee, String type, String empreinte, String par, Instant le) {
        jdbc.sql("INSERT INTO echange_sftp_commune (commune_insee) VALUES (:insee) ON CONFLICT DO NOTHING")
                .param("insee", insee).update();
        jdbc.sql("""
                UPDATE echange_sftp_commune SET cle_proposee_type = :type, cle_proposee_empreinte = :empreinte,
                       cle_proposee_le = :le, cle_proposee_par = :par
                WHERE commune_insee = :insee
                """)
                .param("insee", insee).param("type", type).param("empreinte", empreinte).param("par", par)
                .param("le", Timestamp.from(le)).update();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CleDatee> cleProposee(String insee) {
        return jdbc.sql("""
                SELECT cle_proposee_type, cle_proposee_empreinte, cle_proposee_le, cle_proposee_par
                FROM echange_sftp_commune WHERE commune_insee = :insee AND cle_proposee_empreinte IS NOT NULL
                """)
                .param("insee", insee).query(EtatEchanges::cleDatee).optional();
    }

    /** Once a key is recorded, the proposal is answered. */
    public void oublierProposition(String insee) {
        jdbc.sql("""
                UPDATE echange_sftp_commune SET cle_proposee_type = NULL, cle_proposee_empreinte = NULL,
                       cle_proposee_le = NULL, cle_proposee_par = NULL
                WHERE commune_insee = :insee
                """).param("insee", insee).update();
    }

    /**
     * Replaces the entries of retour/ the reading had to leave (folders, links, files it could not move); returns
     * the names not reported by the previous reading, for the journal.
     */
    List<String> anomalies(String insee, java.util.Map<String, String> motifs, Instant le) {
        var avant = jdbc.sql("SELECT nom FROM flux_retour_anomalie WHERE commune_insee = :insee")
                .param("insee", insee).query(String.class).set();
        jdbc.sql("DELETE FROM flux_retour_anomalie WHERE commune_insee = :insee").param("insee", insee).update();
        for (var anomalie : motifs.entrySet()) {
            jdbc.sql("""
                    INSERT INTO flux_retour_anomalie (commune_insee, nom, motif, vue_depuis)
                    VALUES (:insee, :nom, :motif, :le)
                    """)
                    .param("insee", insee).param("nom", anomalie.getKey()).param("motif", anomalie.getValue())
                    .param("le", Timestamp.from(le)).update();
        }
        return motifs.keySet().stream().filter(nom -> !avant.contains(nom)).toList();
    }

    @Transactional(readOnly = true)
    public List<Anomalie> anomalies(String insee) {
        return jdbc.sql("SELECT nom, motif, vue_depuis FROM flux_retour_anomalie WHERE commune_insee = :insee ORDER BY nom")
                .param("insee", insee).query((rs, n) -> new Anomalie(rs.getString(1), rs.getString(2), instant(rs, 3)))
                .list();
    }

    private static CleDatee cleDatee(ResultSet rs, int n) throws SQLException {
        return new CleDatee(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4));
    }

    private void maj(String insee, String affectations, String erreur, Instant le) {
        jdbc.sql("INSERT INTO echange_sftp_commune (commune_insee) VALUES (:insee) ON CONFLICT DO NOTHING")
                .param("insee", insee).update();
        jdbc.sql("UPDATE echange_sftp_commune SET " + affectations + " WHERE commune_insee = :insee")
                .param("insee", insee).param("erreur", erreur).param("le", Timestamp.from(le)).update();
    }

    /** The communes to show: those in sFTP mode, and any other one that still has dossiers waiting. */
    @Transactional(readOnly = true)
    public List<EtatCommune> communes(List<String> enSftp) {
        return jdbc.sql("WITH c AS (SELECT unnest(CAST(:codes AS TEXT[])) AS code_insee "
                + "UNION SELECT commune_insee FROM envoi_sftp WHERE statut = 'A_ENVOYER') " + SELECTION
                + " ORDER BY c.code_insee")
                .param("codes", enSftp.toArray(String[]::new))
                .query(EtatEchanges::etat).list();
    }

    @Transactional(readOnly = true)
    public EtatCommune commune(String insee) {
        return jdbc.sql("WITH c AS (SELECT CAST(:insee AS TEXT) AS code_insee) " + SELECTION)
                .param("insee", insee).query(EtatEchanges::etat).single();
    }

    /** The dossiers of the commune still to push, the oldest first. */
    @Transactional(readOnly = true)
    public List<EnvoiEnAttente> enAttente(String insee, int limite) {
        return jdbc.sql("""
                SELECT numero, cree_le, tentatives, prochaine_tentative, derniere_erreur FROM envoi_sftp
                WHERE commune_insee = :insee AND statut = 'A_ENVOYER' ORDER BY cree_le, numero LIMIT :limite
                """)
                .param("insee", insee).param("limite", limite)
                .query((rs, n) -> new EnvoiEnAttente(rs.getString(1), instant(rs, 2), rs.getInt(3), instant(rs, 4),
                        rs.getString(5)))
                .list();
    }

    /** The last files of the flux retour, applied or rejected. */
    @Transactional(readOnly = true)
    public List<FichierRetour> derniersFichiers(String insee, int limite) {
        return jdbc.sql("""
                SELECT traite_le, nom_fichier, numero, statut, motif FROM flux_retour_fichier
                WHERE commune_insee = :insee ORDER BY traite_le DESC, id DESC LIMIT :limite
                """)
                .param("insee", insee).param("limite", limite)
                .query((rs, n) -> new FichierRetour(instant(rs, 1), rs.getString(2), rs.getString(3),
                        "APPLIQUE".equals(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /**
     * The administrator makes every waiting dossier of the commune due now (after the commune fixed its server);
     * how many.
     */
    public int relancer(String insee, Instant maintenant, Acteur admin) {
        int n = jdbc.sql("UPDATE envoi_sftp SET prochaine_tentative = :maintenant WHERE commune_insee = :insee "
                + "AND statut = 'A_ENVOYER'")
                .param("insee", insee).param("maintenant", Timestamp.from(maintenant)).update();
        journal.enregistrer(admin.entree("ECHANGE_SFTP_RELANCE", "COMMUNE", insee,
                n + " dossier(s) en attente remis à envoyer au prochain passage"));
        return n;
    }

    private static final String SELECTION = """
            SELECT c.code_insee,
                   e.derniere_remise_le, e.derniere_erreur_envoi, e.derniere_erreur_envoi_le,
                   (SELECT count(*) FROM envoi_sftp s WHERE s.commune_insee = c.code_insee AND s.statut = 'A_ENVOYER'),
                   (SELECT min(prochaine_tentative) FROM envoi_sftp s
                    WHERE s.commune_insee = c.code_insee AND s.statut = 'A_ENVOYER'),
                   (SELECT count(*) FROM envoi_sftp s WHERE s.commune_insee = c.code_insee AND s.statut = 'ABANDONNE'),
                   e.derniere_releve_le, e.derniere_erreur_releve, e.derniere_erreur_releve_le,
                   (SELECT count(*) FROM flux_retour_fichier f WHERE f.commune_insee = c.code_insee
                    AND f.statut = 'APPLIQUE'),
                   (SELECT count(*) FROM flux_retour_fichier f WHERE f.commune_insee = c.code_insee
                    AND f.statut = 'REJETE'),
                   e.cle_proposee_empreinte IS NOT NULL,
                   (SELECT count(*) FROM flux_retour_anomalie a WHERE a.commune_insee = c.code_insee)
            FROM c LEFT JOIN echange_sftp_commune e ON e.commune_insee = c.code_insee
            """;

    private static EtatCommune etat(ResultSet rs, int n) throws SQLException {
        return new EtatCommune(rs.getString(1), instant(rs, 2), rs.getString(3), instant(rs, 4), rs.getLong(5),
                instant(rs, 6), rs.getLong(7), instant(rs, 8), rs.getString(9), instant(rs, 10), rs.getLong(11),
                rs.getLong(12), rs.getBoolean(13), rs.getLong(14));
    }

    private static Instant instant(ResultSet rs, int colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    /**
     * One commune's exchanges; a null instant is "never". {@code cleProposee}: a new host key waits for the
     * platform administrator; {@code elementsSignales}: entries of retour/ the last reading could not read.
     */
    public record EtatCommune(String codeInsee, Instant derniereRemise, String derniereErreurEnvoi,
            Instant derniereErreurEnvoiLe, long enAttente, Instant prochaineTentative, long abandonnes,
            Instant derniereReleve, String derniereErreurReleve, Instant derniereErreurReleveLe, long fichiersAppliques,
            long fichiersRejetes, boolean cleProposee, long elementsSignales) {

        /** The last push failed after the last success: the commune's server is the thing to look at. */
        public boolean enErreur() {
            return derniereErreurEnvoiLe != null
                    && (derniereRemise == null || derniereErreurEnvoiLe.isAfter(derniereRemise));
        }

        public boolean releveEnErreur() {
            return derniereErreurReleveLe != null
                    && (derniereReleve == null || derniereErreurReleveLe.isAfter(derniereReleve));
        }
    }

    /** A host key seen on the server or proposed by the commune ({@code par}: who proposed it). */
    public record CleDatee(String type, String empreinte, Instant le, String par) {
    }

    /** An entry of retour/ left where it is, and why. */
    public record Anomalie(String nom, String motif, Instant vueDepuis) {
    }

    public record EnvoiEnAttente(String numero, Instant creeLe, int tentatives, Instant prochaineTentative,
            String derniereErreur) {
    }

    public record FichierRetour(Instant traiteLe, String nomFichier, String numero, boolean applique, String motif) {
    }
}
