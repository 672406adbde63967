package fr.demarches.compte;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;

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
}
