package fr.demarches.procuration.internal;

import java.util.List;
import java.util.function.Supplier;

import fr.demarches.commune.Referentiel;
import fr.demarches.liste.IdentificationElecteur.Designation;
import fr.demarches.liste.IdentificationElecteur.Resultat;
import fr.demarches.liste.ListeElectorale;
import fr.demarches.procuration.CoherenceCalendrier;
import fr.demarches.procuration.Controle.Statut;
import fr.demarches.procuration.Controle;
import fr.demarches.procuration.PlafondMandataire;
import fr.demarches.scrutin.Scrutins;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The checks the mairie reads before deciding, against the imported electoral lists and the procurations the
 * platform knows, and the calendar of elections. "Unknown" whenever the data to decide is missing: never a failure by
 * default. The rules themselves are {@link PlafondMandataire}, {@link CoherenceCalendrier} and
 * {@code liste.IdentificationElecteur} (who is who: each reason says which match identified the person); this feeds
 * them.
 */
@Component
public class ControlesAutomatiques {

    static final String MANDANT = "Mandant inscrit dans la commune";
    static final String MANDATAIRE = "Mandataire inscrit sur une liste électorale";

    private final ListeElectorale liste;
    private final Referentiel referentiel;
    private final MandatairesIdentifies mandataires;
    private final Scrutins scrutins;

    ControlesAutomatiques(ListeElectorale liste, Referentiel referentiel, MandatairesIdentifies mandataires,
            Scrutins scrutins) {
        this.liste = liste;
        this.referentiel = referentiel;
        this.mandataires = mandataires;
        this.scrutins = scrutins;
    }

    /**
     * The instant to stamp an establishment with, in its transaction: the ceiling then sees every earlier one
     * ({@link MandatairesIdentifies#etablissement}).
     */
    public java.time.Instant instantEtablissement(java.time.LocalDate naissanceMandataire, java.time.Instant maintenant) {
        return mandataires.etablissement(naissanceMandataire, maintenant);
    }

    public List<Controle> verifier(Procuration p) {
        return controles(p).stream().map(Supplier::get).toList();
    }

    /**
     * Whether every check of {@link #verifier} passes, stopping at the first that does not: the automatic validation
     * needs no more (each check reads the lists, the calendar or the procurations; a list not imported ends it at
     * once).
     */
    public boolean tousReussis(Procuration p) {
        return controles(p).stream().allMatch(c -> c.get().statut() == Statut.REUSSI);
    }

    /** The checks in the order the commune reads them, each run when asked; the mandataire is identified once. */
    private List<Supplier<Controle>> controles(Procuration p) {
        // Optional: the identification may find nothing to identify (null), and is asked once all the same.
        var identifie = SingletonSupplier.of(() -> java.util.Optional.ofNullable(mandataires.identifier(p)));
        return List.of(() -> mandant(p), () -> mandataire(p, identifie.obtain().orElse(null)),
                () -> plafond(p, identifie.obtain().orElse(null)),
                () -> CoherenceCalendrier.verifier(p.getPortee(), p.getDebut(), p.getFin(),
                        p.getCommuneInsee(), scrutins.tous()));
    }

    private Controle mandant(Procuration p) {
        var designation = p.getNneMandant() != null
                ? Designation.parNne(p.getNneMandant(), p.getDateNaissanceMandant())
                : Designation.parEtatCivil(p.getNomNaissanceMandant(), p.getPrenomsMandant(), p.getDateNaissanceMandant());
        var trouve = liste.identifierDansLaListe(designation, p.getCommuneInsee());
        if (trouve.isEmpty()) {
            return new Controle(MANDANT, Statut.INCONNU, "La liste électorale de la commune n'a pas été importée.");
        }
        return switch (trouve.get()) {
            case Resultat.Identifie i -> new Controle(MANDANT, Statut.REUSSI, "Inscrit sur la "
                    + i.electeur().typeListe().libelle().toLowerCase() + ", bureau de vote " + i.electeur().bureauVote()
                    + " ; identifié " + i.explication() + ".");
            case Resultat.Ambigu a -> new Controle(MANDANT, Statut.INCONNU, a.personnes() + " électeurs de la commune "
                    + "correspondent à ces nom de naissance, prénoms et date de naissance (prénoms incomplets ?) : "
                    + "à vérifier.");
            case Resultat.NonTrouve n -> new Controle(MANDANT, Statut.ECHEC, p.getNneMandant() != null
                    ? "Aucun électeur de la commune avec ce numéro national d'électeur et cette date de naissance."
                    : "Aucun électeur de la commune avec ces nom de naissance, prénoms et date de naissance.");
            case Resultat.NaissanceDiscordante d -> new Controle(MANDANT, Statut.ECHEC,
                    "Aucun électeur de la commune avec ce numéro national d'électeur et cette date de naissance.");
        };
    }

    /** {@code trouve}: the mandataire on the lists ({@link MandatairesIdentifies#identifier}). */
    private Controle mandataire(Procuration p, Resultat trouve) {
        if (trouve == null) {
            return new Controle(MANDATAIRE, Statut.INCONNU, "La liste électorale de "
                    + nomCommune(p.getCommuneMandataire()) + " n'a pas été importée sur la plateforme.");
        }
        return switch (trouve) {
            case Resultat.Identifie i -> new Controle(MANDATAIRE, Statut.REUSSI, "Inscrit à "
                    + nomCommune(i.electeur().communeInsee()) + " ; identifié " + i.explication() + ".");
            case Resultat.NaissanceDiscordante d -> new Controle(MANDATAIRE, Statut.ECHEC,
                    "Le numéro national d'électeur existe, mais la date de naissance ne correspond pas.");
            case Resultat.Ambigu a -> new Controle(MANDATAIRE, Statut.INCONNU, a.personnes() + " électeurs de "
                    + nomCommune(p.getCommuneMandataire()) + " correspondent à ces nom de naissance, prénoms et date de "
                    + "naissance (prénoms incomplets ?) : à vérifier.");
            case Resultat.NonTrouve n -> p.getNneMandataire() != null
                    ? new Controle(MANDATAIRE, Statut.INCONNU, "Ce numéro national d'électeur ne figure sur aucune "
                            + "liste importée sur la plateforme ; la commune du mandataire n'est pas connue.")
                    : new Controle(MANDATAIRE, Statut.ECHEC, "Aucun électeur de " + nomCommune(p.getCommuneMandataire())
                            + " avec ces nom de naissance, prénoms et date de naissance.");
        };
    }

    /**
     * The L73 rule fed with the other established procurations of the same mandataire over an overlapping period:
     * the same key, or the same elector once the mandataire is identified on a list (then keyed on the NNE).
     */
    private Controle plafond(Procuration p, Resultat trouve) {
        if (p.getEtablieLe() == null) {
            return PlafondMandataire.verifier(p.getId(), null, null, List.of());
        }
        var identifie = trouve instanceof Resultat.Identifie i ? i : null;
        var autres = mandataires.procurationsDe(identifie == null ? null : identifie.electeur(), p.getCleMandataire(),
                        p.getId(), p.getDebut(), p.getFin()).stream()
                .map(l -> new PlafondMandataire.Etablie(l.id(), l.reference(), l.etablieLe(), l.lien())).toList();
        return PlafondMandataire.verifier(p.getId(), p.getEtablieLe(), identifie == null ? null : identifie.explication(),
                autres);
    }

    private String nomCommune(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.libelle()).orElse(insee);
    }
}
