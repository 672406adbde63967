package fr.demarches.compte;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.shared.LectureSimple;
import fr.demarches.shared.MemoireRequete;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's profile ("mes informations"). The request forms (ILE, RCO, procuration) call {@link #de} to
 * prefill and {@link #enregistrer} when the citizen asks to keep what they typed. Callers check what they save.
 */
@Service
@Transactional
public class Profils {

    private static final String CERTIFICATION = "profils.certification.";

    private final JdbcClient jdbc;
    private final JournalAudit journal;
    private final Clock horloge;

    Profils(JdbcClient jdbc, JournalAudit journal, Clock horloge) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public Optional<ProfilUsager> de(UUID compteId) {
        return jdbc.sql("""
                SELECT sexe, nom_naissance, nom_usage, prenoms, date_naissance, naissance_commune_insee, naissance_pays,
                       naissance_localite, nationalite, adresse, complement_adresse, code_postal, commune_insee, telephone
                FROM profil_usager WHERE compte_id = ?
                """)
                .param(compteId)
                .query((rs, n) -> new ProfilUsager(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14)))
                .optional();
    }

    /** The profile, or an empty one to start from. */
    @Transactional(readOnly = true)
    public ProfilUsager ouVide(UUID compteId) {
        return de(compteId).orElseGet(ProfilUsager::vide);
    }

    /**
     * The citizen ({@code usager}) creates or replaces their profile; {@code details} says from where, for the
     * journal entry written with it.
     */
    public void enregistrer(Acteur usager, ProfilUsager p, String details) {
        UUID compteId = usager.id();
        var certification = certification(compteId);
        if (certification.isPresent() && !certification.get().respectee(de(compteId).orElseThrow(), p)) {
            journal.enregistrerRefus(usager.entree("PROFIL_CERTIFIE_MODIFICATION_REFUSEE", "COMPTE", compteId.toString(),
                    details));
            throw new RefusCompte("Les données certifiées par FranceConnect (nom de naissance, prénoms, sexe, date et "
                    + "lieu de naissance) ne peuvent pas être modifiées.");
        }
        jdbc.sql("""
                INSERT INTO profil_usager (compte_id, sexe, nom_naissance, nom_usage, prenoms, date_naissance,
                    naissance_commune_insee, naissance_pays, naissance_localite, nationalite, adresse, complement_adresse,
                    code_postal, commune_insee, telephone, modifie_le)
                VALUES (:compte, :sexe, :nomNaissance, :nomUsage, :prenoms, :dateNaissance, :naissanceCommune,
                    :naissancePays, :naissanceLocalite, :nationalite, :adresse, :complement, :codePostal, :commune,
                    :telephone, :maintenant)
                ON CONFLICT (compte_id) DO UPDATE SET sexe = EXCLUDED.sexe, nom_naissance = EXCLUDED.nom_naissance,
                    nom_usage = EXCLUDED.nom_usage, prenoms = EXCLUDED.prenoms, date_naissance = EXCLUDED.date_naissance,
                    naissance_commune_insee = EXCLUDED.naissance_commune_insee, naissance_pays = EXCLUDED.naissance_pays,
                    naissance_localite = EXCLUDED.naissance_localite, nationalite = EXCLUDED.nationalite,
                    adresse = EXCLUDED.adresse, complement_adresse = EXCLUDED.complement_adresse,
                    code_postal = EXCLUDED.code_postal, commune_insee = EXCLUDED.commune_insee,
                    telephone = EXCLUDED.telephone, modifie_le = EXCLUDED.modifie_le
                """)
                .param("compte", compteId).param("sexe", p.sexe()).param("nomNaissance", p.nomNaissance())
                .param("nomUsage", p.nomUsage()).param("prenoms", p.prenoms())
                .param("dateNaissance", p.dateNaissance() == null ? null : Date.valueOf(p.dateNaissance()))
                .param("naissanceCommune", p.naissanceCommuneInsee()).param("naissancePays", p.naissancePays())
                .param("naissanceLocalite", p.naissanceLocalite()).param("nationalite", p.nationalite())
                .param("adresse", p.adresse()).param("complement", p.complementAdresse())
                .param("codePostal", p.codePostal()).param("commune", p.communeInsee())
                .param("telephone", p.telephone()).param("maintenant", Timestamp.from(horloge.instant()))
                .update();
        journal.enregistrer(usager.entree("PROFIL_MODIFIE", "COMPTE", compteId.toString(), details));
    }

    /**
     * Which parts of the profile an OpenID provider certified, if any. Read once per HTTP request: a form's check and
     * its page both ask; {@link #certifier} forgets it.
     */
    @LectureSimple
    public Optional<Certification> certification(UUID compteId) {
        return MemoireRequete.memoriser(CERTIFICATION + compteId, () -> jdbc.sql(
                        "SELECT certifie_par, certifie_le, naissance_certifiee FROM profil_usager "
                                + "WHERE compte_id = ? AND certifie_par IS NOT NULL")
                .param(compteId)
                .query((rs, n) -> new Certification(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
                .optional());
    }

    /**
     * Writes the certified identity into the profile (at every sign-in through the provider, so that a correction
     * made at the civil registry reaches it): names, sex, birth date, and the birth commune when born in France and
     * known to the referential. The usage name is taken only when the provider gives one; the rest stays the
     * citizen's.
     */
    public void certifier(UUID compteId, IdentitePivot identite) {
        String communeNaissance = identite.neEnFrance() ? CommunesNaissance.communeDuReferentiel(
                identite.lieuNaissanceInsee()) : null;
        boolean naissanceConnue = communeNaissance != null && jdbc.sql(
                "SELECT count(*) FROM commune WHERE code_insee = ?").param(communeNaissance).query(Long.class).single() > 0;
        jdbc.sql("""
                INSERT INTO profil_usager (compte_id, sexe, nom_naissance, nom_usage, prenoms, date_naissance,
                    naissance_commune_insee, nationalite, modifie_le, certifie_par, certifie_le, naissance_certifiee)
                VALUES (:compte, :sexe, :nomNaissance, :nomUsage, :prenoms, :dateNaissance, :naissanceCommune,
                    'Française', :maintenant, :fournisseur, :maintenant, :naissanceCertifiee)
                ON CONFLICT (compte_id) DO UPDATE SET sexe = EXCLUDED.sexe, nom_naissance = EXCLUDED.nom_naissance,
                    nom_usage = COALESCE(EXCLUDED.nom_usage, profil_usager.nom_usage), prenoms = EXCLUDED.prenoms,
                    date_naissance = EXCLUDED.date_naissance,
                    naissance_commune_insee = CASE WHEN EXCLUDED.naissance_certifiee THEN EXCLUDED.naissance_commune_insee
                        ELSE profil_usager.naissance_commune_insee END,
                    naissance_pays = CASE WHEN EXCLUDED.naissance_certifiee THEN NULL ELSE profil_usager.naissance_pays END,
                    naissance_localite = CASE WHEN EXCLUDED.naissance_certifiee THEN NULL
                        ELSE profil_usager.naissance_localite END,
                    modifie_le = EXCLUDED.modifie_le, certifie_par = EXCLUDED.certifie_par,
                    certifie_le = EXCLUDED.certifie_le, naissance_certifiee = EXCLUDED.naissance_certifiee
                """)
                .param("compte", compteId).param("sexe", identite.sexe()).param("nomNaissance", identite.nomNaissance())
                .param("nomUsage", identite.nomUsage()).param("prenoms", identite.prenoms())
                .param("dateNaissance", Date.valueOf(identite.dateNaissance()))
                .param("naissanceCommune", naissanceConnue ? communeNaissance : null)
                .param("maintenant", Timestamp.from(horloge.instant())).param("fournisseur", identite.fournisseur())
                .param("naissanceCertifiee", naissanceConnue)
                .update();
        MemoireRequete.oublier(CERTIFICATION + compteId);
    }

    /**
     * The certified parts of a profile: sex, birth name, first names, birth date, and the birth commune when
     * {@code naissance}; they change only through the provider.
     */
    public record Certification(String fournisseur, java.time.Instant le, boolean naissance) {

        /** Whether {@code nouveau} keeps every certified value of {@code actuel}. */
        public boolean respectee(ProfilUsager actuel, ProfilUsager nouveau) {
            return java.util.Objects.equals(actuel.sexe(), nouveau.sexe())
                    && java.util.Objects.equals(actuel.nomNaissance(), nouveau.nomNaissance())
                    && java.util.Objects.equals(actuel.prenoms(), nouveau.prenoms())
                    && java.util.Objects.equals(actuel.dateNaissance(), nouveau.dateNaissance())
                    && (!naissance || java.util.Objects.equals(actuel.naissanceCommuneInsee(),
                            nouveau.naissanceCommuneInsee()));
        }
    }
}
