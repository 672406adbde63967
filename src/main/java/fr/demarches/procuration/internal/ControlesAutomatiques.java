package fr.demarches.procuration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.demarches.commune.Referentiel;
import fr.demarches.liste.Electeur;
import fr.demarches.liste.ListeElectorale;
import fr.demarches.procuration.CoherenceCalendrier;
import fr.demarches.procuration.Controle.Statut;
import fr.demarches.procuration.Controle;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.PlafondMandataire;
import fr.demarches.scrutin.Scrutins;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks the mairie reads before deciding, against the imported electoral lists and the procurations the
 * platform knows, and the calendar of elections. "Unknown" whenever the data to decide is missing: never a failure by
 * default. The rules themselves are {@link PlafondMandataire} and {@link CoherenceCalendrier}; this feeds them.
 */
@Component
public class ControlesAutomatiques {

    static final String MANDANT = "Mandant inscrit dans la commune";
    static final String MANDATAIRE = "Mandataire inscrit sur une liste électorale";

    private final ListeElectorale liste;
    private final Referentiel referentiel;
    private final JdbcClient jdbc;
    private final Scrutins scrutins;

    ControlesAutomatiques(ListeElectorale liste, Referentiel referentiel, JdbcClient jdbc, Scrutins scrutins) {
        this.liste = liste;
        this.referentiel = referentiel;
        this.jdbc = jdbc;
        this.scrutins = scrutins;
    }

    public List<Controle> verifier(Procuration p) {
        var controles = new ArrayList<Controle>();
        controles.add(mandant(p));
        controles.add(mandataire(p));
        controles.add(plafond(p));
        controles.add(CoherenceCalendrier.verifier(p.getPortee(), p.getDebut(), p.getFin(), scrutins.tous()));
        return controles;
    }

    private Controle mandant(Procuration p) {
        if (liste.dernierImport(p.getCommuneInsee()).isEmpty()) {
            return new Controle(MANDANT, Statut.INCONNU, "La liste électorale de la commune n'a pas été importée.");
        }
        List<Electeur> trouves = p.getNneMandant() != null
                ? liste.parNne(p.getNneMandant()).stream().filter(e -> e.communeInsee().equals(p.getCommuneInsee())
                        && e.dateNaissance().equals(p.getDateNaissanceMandant())).toList()
                : liste.parEtatCivil(p.getCommuneInsee(), p.getNomNaissanceMandant(), p.getPrenomsMandant(),
                        p.getDateNaissanceMandant());
        if (trouves.isEmpty()) {
            return new Controle(MANDANT, Statut.ECHEC, p.getNneMandant() != null
                    ? "Aucun électeur de la commune avec ce numéro national d'électeur et cette date de naissance."
                    : "Aucun électeur de la commune avec ces nom de naissance, prénoms et date de naissance.");
        }
        return new Controle(MANDANT, Statut.REUSSI, "Inscrit sur la " + trouves.get(0).typeListe().libelle().toLowerCase()
                + ", bureau de vote " + trouves.get(0).bureauVote() + ".");
    }

    private Controle mandataire(Procuration p) {
        if (p.getNneMandataire() != null) {
            List<Electeur> trouves = liste.parNne(p.getNneMandataire());
            if (trouves.isEmpty()) {
                return new Controle(MANDATAIRE, Statut.INCONNU, "Ce numéro national d'électeur ne figure sur aucune "
                        + "liste importée sur la plateforme ; la commune du mandataire n'est pas connue.");
            }
            var memeNaissance = trouves.stream()
                    .filter(e -> e.dateNaissance().equals(p.getDateNaissanceMandataire())).findFirst();
            if (memeNaissance.isEmpty()) {
                return new Controle(MANDATAIRE, Statut.ECHEC,
                        "Le numéro national d'électeur existe, mais la date de naissance ne correspond pas.");
            }
            return new Controle(MANDATAIRE, Statut.REUSSI, "Inscrit à " + nomCommune(memeNaissance.get().communeInsee())
                    + ".");
        }
        if (liste.dernierImport(p.getCommuneMandataire()).isEmpty()) {
            return new Controle(MANDATAIRE, Statut.INCONNU, "La liste électorale de " + nomCommune(p.getCommuneMandataire())
                    + " n'a pas été importée sur la plateforme.");
        }
        var trouves = liste.parEtatCivil(p.getCommuneMandataire(), p.getNomNaissanceMandataire(),
                p.getPrenomsMandataire(), p.getDateNaissanceMandataire());
        return trouves.isEmpty()
                ? new Controle(MANDATAIRE, Statut.ECHEC, "Aucun électeur de " + nomCommune(p.getCommuneMandataire())
                        + " avec ces nom de naissance, prénoms et date de naissance.")
                : new Controle(MANDATAIRE, Statut.REUSSI, "Inscrit à " + nomCommune(p.getCommuneMandataire()) + ".");
    }

    /** The mandataire's other procurations established in France over an overlapping period, for the L73 rule. */
    private Controle plafond(Procuration p) {
        var autres = p.getEtablieLe() == null ? List.<PlafondMandataire.Etablie>of() : jdbc.sql("""
                SELECT id, reference, etablie_le FROM procuration
                WHERE cle_mandataire = :cle AND id <> :id AND etat IN (:etablies)
                  AND debut <= :fin AND fin >= :debut
                """)
                .param("cle", p.getCleMandataire()).param("id", p.getId())
                .param("etablies", EtatProcuration.noms(EtatProcuration.ETABLIES))
                .param("debut", p.getDebut()).param("fin", p.getFin())
                .query((rs, n) -> new PlafondMandataire.Etablie(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
        return PlafondMandataire.verifier(p.getId(), p.getEtablieLe(), autres);
    }

    private String nomCommune(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.libelle()).orElse(insee);
    }
}
