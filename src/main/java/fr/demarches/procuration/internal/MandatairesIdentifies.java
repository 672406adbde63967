package fr.demarches.procuration.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.demarches.liste.Electeur;
import fr.demarches.liste.IdentificationElecteur;
import fr.demarches.liste.IdentificationElecteur.Designation;
import fr.demarches.liste.IdentificationElecteur.Resultat;
import fr.demarches.liste.ListeElectorale;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.PlafondMandataire.Lien;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a mandataire on the imported lists, and the established procurations that designate the same person
 * however they name them (NNE, civil status with all or fewer given names). Who is who is
 * {@link IdentificationElecteur}'s rule; this only reads the lists and the procurations for it.
 */
@Component
public class MandatairesIdentifies {

    private final ListeElectorale liste;
    private final JdbcClient jdbc;

    MandatairesIdentifies(ListeElectorale liste, JdbcClient jdbc) {
        this.liste = liste;
        this.jdbc = jdbc;
    }

    /**
     * The mandataire of {@code p} on the lists: by NNE in every imported list, by civil status in the list of the
     * commune given with it. Null when that commune has not imported its list (nothing to say).
     */
    public Resultat identifier(Procuration p) {
        if (p.getNneMandataire() != null) {
            return liste.identifierPartout(Designation.parNne(p.getNneMandataire(), p.getDateNaissanceMandataire()));
        }
        return liste.identifierDansLaListe(designation(p.getNomNaissanceMandataire(), p.getPrenomsMandataire(),
                p.getDateNaissanceMandataire()), p.getCommuneMandataire()).orElse(null);
    }

    /**
     * The instant of an establishment whose mandataire was born on {@code naissance}, {@code maintenant} or just after
     * the previous such one. Code électoral L73 under concurrency: the ceiling's check counts the establishments
     * already committed, so two establishments of one mandataire at once each passed without the other, and both
     * could be accepted automatically. The row of the birth date (V217) stays locked until the caller's transaction
     * ends: establishments of mandataires born the same day follow one another, and their stamps follow the order of
     * their commits whatever each instance's clock says.
     */
    public Instant etablissement(LocalDate naissance, Instant maintenant) {
        return jdbc.sql("""
                INSERT INTO etablissement_par_naissance AS e (naissance_mandataire, dernier) VALUES (?, ?)
                ON CONFLICT (naissance_mandataire)
                    DO UPDATE SET dernier = greatest(excluded.dernier, e.dernier + interval '1 microsecond')
                RETURNING dernier""")
                .param(naissance).param(java.sql.Timestamp.from(maintenant)).query(java.sql.Timestamp.class).single()
                .toInstant();
    }

    /** An established procuration and how sure it is that its mandataire is the person looked for. */
    public record Liee(UUID id, String reference, Instant etablieLe, Lien lien) {
    }

    /**
     * The procurations established (and not refused, cancelled or expired) whose period meets [{@code debut},
     * {@code fin}], other than {@code sauf}, whose mandataire is {@code personne} (an elector found on a list; null if
     * not found) or carries the key {@code cleBrute} (null: none). Those designated by a civil status that no list
     * resolves but that fits the person come as {@link Lien#PEUT_ETRE}.
     */
    public List<Liee> procurationsDe(Electeur personne, String cleBrute, UUID sauf, LocalDate debut, LocalDate fin) {
        Set<String> cles = new HashSet<>();
        if (cleBrute != null) {
            cles.add(cleBrute);
        }
        if (personne != null) {
            cles.add(Procuration.cleNne(personne.nne()));
        }
        if (cles.isEmpty()) {
            return List.of();
        }
        // Civil-status designations with the person's birth name and date: read here, resolved below. No person: ''
        // matches no key ('EC:…' or 'NNE:…').
        String prefixe = personne == null ? "" : Procuration.PREFIXE_ETAT_CIVIL
                + IdentificationElecteur.nomCompare(personne.nomNaissance());
        var lignes = jdbc.sql("""
                SELECT id, reference, etablie_le, cle_mandataire, nom_naissance_mandataire, prenoms_mandataire,
                       date_naissance_mandataire, commune_mandataire
                FROM procuration
                WHERE etat IN (:etablies) AND id <> :sauf AND debut <= :fin AND fin >= :debut
                  AND (cle_mandataire IN (:cles)
                       OR (split_part(cle_mandataire, '|', 1) = :prefixe AND date_naissance_mandataire = :naissance))
                """)
                .param("etablies", EtatProcuration.noms(EtatProcuration.ETABLIES))
                .param("sauf", sauf == null ? new UUID(0, 0) : sauf)
                .param("debut", debut).param("fin", fin).param("cles", cles).param("prefixe", prefixe)
                .param("naissance", personne == null ? LocalDate.EPOCH : personne.dateNaissance())
                .query((rs, n) -> new Ligne(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), designation(rs.getString(5), rs.getString(6),
                                rs.getObject(7, LocalDate.class)), rs.getString(8)))
                .list();
        var liees = new ArrayList<Liee>();
        for (Ligne l : lignes) {
            Lien lien = cles.contains(l.cle()) ? Lien.MEME_MANDATAIRE : lien(l, personne);
            if (lien != null) {
                liees.add(new Liee(l.id(), l.reference(), l.etablieLe(), lien));
            }
        }
        return liees;
    }

    /** A civil-status designation with the person's birth name and date: the same elector, perhaps, or another. */
    private Lien lien(Ligne l, Electeur personne) {
        if (liste.identifierDansLaListe(l.designation(), l.commune()).orElse(null) instanceof Resultat.Identifie i) {
            return i.electeur().nne().equals(personne.nne()) ? Lien.MEME_MANDATAIRE : null;
        }
        var laPersonne = designation(personne.nomNaissance(), personne.prenoms(), personne.dateNaissance());
        return IdentificationElecteur.peutEtreLaMemePersonne(l.designation(), laPersonne) ? Lien.PEUT_ETRE : null;
    }

    private static Designation designation(String nom, String prenoms, LocalDate naissance) {
        return Designation.parEtatCivil(nom, prenoms, naissance);
    }

    private record Ligne(UUID id, String reference, Instant etablieLe, String cle, Designation designation,
            String commune) {
    }
}
