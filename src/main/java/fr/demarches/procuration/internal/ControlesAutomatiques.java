package fr.demarches.procuration.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import fr.demarches.commune.Referentiel;
import fr.demarches.liste.Electeur;
import fr.demarches.liste.ListeElectorale;
import fr.demarches.procuration.CalendrierScrutins;
import fr.demarches.procuration.Controle;
import fr.demarches.procuration.Controle.Statut;
import fr.demarches.shared.Fuseau;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks the mairie reads before deciding, against the imported electoral lists and the procurations the
 * platform knows. "Unknown" whenever the data to decide is missing: never a failure by default.
 */
@Component
public class ControlesAutomatiques {

    static final String MANDANT = "Mandant inscrit dans la commune";
    static final String MANDATAIRE = "Mandataire inscrit sur une liste électorale";
    static final String PLAFOND = "Plafond du mandataire (article L73 du code électoral)";
    static final String CALENDRIER = "Portée conforme au calendrier des scrutins";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ListeElectorale liste;
    private final Referentiel referentiel;
    private final JdbcClient jdbc;
    private final ObjectProvider<CalendrierScrutins> calendrier;

    ControlesAutomatiques(ListeElectorale liste, Referentiel referentiel, JdbcClient jdbc,
            ObjectProvider<CalendrierScrutins> calendrier) {
        this.liste = liste;
        this.referentiel = referentiel;
        this.jdbc = jdbc;
        this.calendrier = calendrier;
    }

    public List<Controle> verifier(Procuration p) {
        var controles = new ArrayList<Controle>();
        controles.add(mandant(p));
        controles.add(mandataire(p));
        controles.add(plafond(p));
        var c = calendrier.getIfAvailable();
        controles.add((c == null ? java.util.Optional.<Controle>empty() : c.verifier(p.getPortee(), p.getDebut(), p.getFin()))
                .map(r -> r.nomme(CALENDRIER))
                .orElse(new Controle(CALENDRIER, Statut.INCONNU,
                        "Le calendrier des scrutins n'est pas encore disponible sur la plateforme.")));
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

    /**
     * At most one procuration established in France per mandataire over the same period: the first one established
     * (validated by an officer) wins, the later ones fail. Counted over the procurations the platform knows.
     */
    private Controle plafond(Procuration p) {
        if (p.getEtablieLe() == null) {
            return new Controle(PLAFOND, Statut.INCONNU, "La procuration n'est pas encore établie.");
        }
        var anterieures = jdbc.sql("""
                SELECT reference, etablie_le FROM procuration
                WHERE cle_mandataire = :cle AND id <> :id AND etat IN ('VALIDEE_AUTORITE', 'ACCEPTEE_COMMUNE')
                  AND debut <= :fin AND fin >= :debut
                  AND (etablie_le < :etablie OR (etablie_le = :etablie AND id < :id))
                ORDER BY etablie_le LIMIT 1
                """)
                .param("cle", p.getCleMandataire()).param("id", p.getId())
                .param("debut", p.getDebut()).param("fin", p.getFin())
                .param("etablie", java.sql.Timestamp.from(p.getEtablieLe()))
                .query((rs, n) -> rs.getString(1) + ", établie le "
                        + DATE.format(rs.getTimestamp(2).toInstant().atZone(Fuseau.PARIS)))
                .list();
        if (!anterieures.isEmpty()) {
            return new Controle(PLAFOND, Statut.ECHEC, "Le mandataire détient déjà une procuration établie en France "
                    + "pour cette période (" + anterieures.get(0) + ") : la première établie prévaut.");
        }
        return new Controle(PLAFOND, Statut.REUSSI, "Aucune autre procuration établie en France n'est connue pour ce "
                + "mandataire sur cette période (les procurations établies à l'étranger ne sont pas connues ici).");
    }

    private String nomCommune(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.libelle()).orElse(insee);
    }
}
