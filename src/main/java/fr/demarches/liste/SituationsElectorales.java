package fr.demarches.liste;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.LimiteurTentatives;
import fr.demarches.compte.Profils;
import fr.demarches.liste.IdentificationElecteur.Designation;
import fr.demarches.liste.IdentificationElecteur.Resultat;
import fr.demarches.liste.ProcurationsDeLElecteur.Resume;
import fr.demarches.liste.internal.ProprietesListes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Ma situation électorale" (service-public's « interroger sa situation électorale »): where the signed-in citizen
 * is registered on the imported lists, and the procurations they gave and hold. The identity is always the
 * citizen's own profile, never a name typed for the look-up; each look-up counts against the account's limit
 * (counters in the database, shared by every instance) and goes to the audit journal.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class SituationsElectorales {

    private final ListeElectorale liste;
    private final Profils profils;
    private final ProcurationsDeLElecteur procurations;
    private final Referentiel referentiel;
    private final LimiteurTentatives limiteur;
    private final JournalAudit journal;
    private final ProprietesListes.SituationElectorale limites;

    SituationsElectorales(ListeElectorale liste, Profils profils, ProcurationsDeLElecteur procurations,
            Referentiel referentiel, LimiteurTentatives limiteur, JournalAudit journal, ProprietesListes proprietes) {
        this.liste = liste;
        this.profils = profils;
        this.procurations = procurations;
        this.referentiel = referentiel;
        this.limiteur = limiteur;
        this.journal = journal;
        this.limites = proprietes.situationElectorale();
    }

    /** Who is looked up: birth name, given names and birth date of the profile, and the commune of its address. */
    public record Identite(String nomNaissance, String prenoms, LocalDate dateNaissance, String communeInsee) {
    }

    /** One registration: the commune, the list, the polling station, and which match found it. */
    public record Inscription(String commune, String typeListe, String bureauVote, String identification) {
    }

    /**
     * {@code communesIncertaines}: lists where several electors fit (given names missing?); {@code domicileSansListe}:
     * the commune of the citizen's address when it has not imported its list (then nothing can be concluded there).
     */
    public record SituationElectorale(Identite identite, List<Inscription> inscriptions,
            List<String> communesIncertaines, String domicileSansListe, List<Resume> donnees, List<Resume> detenues) {

        public boolean inscrit() {
            return !inscriptions.isEmpty();
        }
    }

    /** The citizen's identity as the profile holds it; empty until birth name, given names and birth date are there. */
    public Optional<Identite> identite(UUID compteId) {
        return profils.de(compteId)
                .filter(p -> present(p.nomNaissance()) && present(p.prenoms()) && p.dateNaissance() != null)
                .map(p -> new Identite(p.nomNaissance(), p.prenoms(), p.dateNaissance(), p.communeInsee()));
    }

    /**
     * The look-up for {@code usager}, refused ({@link ConsultationLimitee}) beyond the account's limit; empty when the
     * profile lacks the identity (nothing looked up, nothing counted).
     */
    public Optional<SituationElectorale> consulter(Acteur usager) {
        var identite = identite(usager.id());
        if (identite.isEmpty()) {
            return Optional.empty();
        }
        String cle = "situation-electorale:" + usager.id();
        var bloque = limiteur.bloqueJusqua(List.of(cle));
        if (bloque.isPresent()) {
            journal.enregistrer(usager.entree("SITUATION_ELECTORALE_BLOQUEE", "COMPTE", usager.id().toString(),
                    "trop de consultations"));
            throw new ConsultationLimitee(bloque.get());
        }
        limiteur.echec(cle, limites.consultations(), limites.fenetre(), limites.blocage());
        var situation = situation(usager.id(), identite.get());
        journal.enregistrer(usager.entree("SITUATION_ELECTORALE_CONSULTEE", "COMPTE", usager.id().toString(),
                (situation.inscrit() ? situation.inscriptions().size() + " inscription(s)" : "aucune inscription trouvée")
                        + ", procurations données : " + situation.donnees().size() + ", détenues : "
                        + situation.detenues().size()));
        return Optional.of(situation);
    }

    private SituationElectorale situation(UUID compteId, Identite identite) {
        var designation = Designation.parEtatCivil(identite.nomNaissance(), identite.prenoms(), identite.dateNaissance());
        Map<String, List<Electeur>> parCommune = new LinkedHashMap<>();
        for (Electeur e : liste.parNomEtNaissance(null, identite.nomNaissance(), identite.dateNaissance())) {
            parCommune.computeIfAbsent(e.communeInsee(), c -> new ArrayList<>()).add(e);
        }
        var inscriptions = new ArrayList<Inscription>();
        var incertaines = new ArrayList<String>();
        var personnes = new LinkedHashMap<String, Electeur>();
        parCommune.forEach((commune, candidats) -> {
            switch (IdentificationElecteur.identifier(designation, candidats)) {
                case Resultat.Identifie i -> {
                    personnes.putIfAbsent(i.electeur().nne(), i.electeur());
                    candidats.stream().filter(e -> e.nne().equals(i.electeur().nne()))
                            .forEach(e -> inscriptions.add(new Inscription(nomCommune(commune),
                                    e.typeListe().libelle(), e.bureauVote(), i.correspondance().libelle())));
                }
                case Resultat.Ambigu a -> incertaines.add(nomCommune(commune));
                case Resultat.NonTrouve n -> { }
                case Resultat.NaissanceDiscordante d -> { }
            }
        });
        // One person has one national elector number (L16): two found in two communes' lists are two people, one of
        // them a namesake. As within one list, that is uncertain, never a guess showing someone else's data.
        if (personnes.size() > 1) {
            incertaines.addAll(inscriptions.stream().map(Inscription::commune).distinct().toList());
            inscriptions.clear();
            personnes.clear();
        }
        String domicile = identite.communeInsee();
        String domicileSansListe = domicile != null && liste.dernierImport(domicile).isEmpty()
                ? nomCommune(domicile) : null;
        var detenues = new ArrayList<Resume>();
        for (Electeur e : new LinkedHashSet<>(personnes.values())) {
            detenues.addAll(procurations.detenues(e));
        }
        return new SituationElectorale(identite, List.copyOf(inscriptions), List.copyOf(incertaines), domicileSansListe,
                procurations.donnees(compteId), List.copyOf(detenues));
    }

    private String nomCommune(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.libelle()).orElse(insee);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
