package fr.demarches.teledossier.web.usager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.demarches.commune.Procedure;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.regles.CasParticuliersIle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/** The ILE request: its steps, its pieces and its pages; the step flow is {@link DemandeEnEtapes}. */
@Controller
@RequestMapping("/demarches/ile")
class IleController extends DemandeEnEtapes<DonneesIle, FormulaireIle> {

    private final AvertissementsIle avertissements;

    IleController(ServicesDemande services, AvertissementsIle avertissements) {
        super(new Demarche(Procedure.ILE, "ile", "Inscription sur les listes électorales",
                "Demande d'inscription sur les listes électorales",
                List.of(Etape.SITUATION, Etape.IDENTITE, Etape.ADRESSE, Etape.COMMUNE)),
                FormulaireIle.class, FormulaireIle::depuis, FormulaireIle.PIECES, services);
        this.avertissements = avertissements;
    }

    @Override
    protected void preparer(Etape etape, FormulaireIle f, Model model) {
        var referentiel = services.referentiel();
        switch (etape) {
            case SITUATION -> model.addAttribute("nationalitesUe", Pays.nationalitesUe());
            case ADRESSE -> {
                model.addAttribute("communesAdresse", referentiel.parCodePostal(f.getCodePostal()));
                var attaches = new LinkedHashMap<String, String>();
                for (var a : DonneesIle.Attache.values()) {
                    attaches.put(a.name(), a.libelle());
                }
                model.addAttribute("attaches", attaches);
            }
            case COMMUNE -> {
                model.addAttribute("communesInscription", referentiel.parCodePostal(f.getCodePostalInscription()));
                // Before a commune is chosen, the question follows the ballot of the commune of residence.
                String commune = f.getCommuneInscription() != null ? f.getCommuneInscription() : f.getCommuneInsee();
                scrutinCasParticuliers(commune, f).ifPresent(s -> {
                    model.addAttribute("scrutinCasParticuliers", s);
                    var choix = new LinkedHashMap<String, String>();
                    for (var c : CasParticuliersIle.offerts(f.francais())) {
                        choix.put(c.name(), c.libelle() + " (article L30, " + c.alinea() + ")");
                    }
                    choix.put(FormulaireIle.AUCUN_CAS, "Aucune de ces situations");
                    model.addAttribute("casParticuliers", choix);
                });
            }
            default -> {
            }
        }
    }

    @Override
    protected void recapitulatif(FormulaireIle f, Model model) {
        var referentiel = services.referentiel();
        model.addAttribute("communeNaissance", referentiel.parCodeInsee(f.getNaissanceCommuneInsee()).orElse(null));
        model.addAttribute("communeAdresse", referentiel.parCodeInsee(f.getCommuneInsee()).orElse(null));
        model.addAttribute("communeInscription", referentiel.parCodeInsee(f.getCommuneInscription()).orElse(null));
        model.addAttribute("paysNaissance", Pays.nom(f.getNaissancePays()).orElse(null));
        model.addAttribute("nationaliteUe", f.getPaysUe() == null ? null : Pays.NATIONALITES_UE.get(f.getPaysUe()));
        model.addAttribute("attacheLibelle", f.attacheChoisie() == null ? null : f.attacheChoisie().libelle());
        model.addAttribute("inscriptionTardive", inscriptionTardive(f).orElse(null));
    }

    @Override
    protected List<String> avertissements(FormulaireIle f, LocalDate aujourdhui) {
        return avertissements.pour(f.getCommuneInscription(), f.scrutinsOuverts(), f.naissance(aujourdhui),
                f.casParticulierChoisi());
    }

    /** In the L30 window, the commune step needs an answer to the question, and a ground open to the applicant. */
    @Override
    protected void verifierAussi(Etape etape, FormulaireIle f, Errors erreurs) {
        if (etape != Etape.COMMUNE || erreurs.hasFieldErrors("communeInscription")
                || scrutinCasParticuliers(f.getCommuneInscription(), f).isEmpty()) {
            return;
        }
        var motif = f.casParticulierChoisi();
        if (motif == null && !FormulaireIle.AUCUN_CAS.equals(f.getCasParticulier())) {
            erreurs.rejectValue("casParticulier", "casParticulier", "Indiquez si vous êtes dans l'une de ces situations.");
        } else if (motif != null && !CasParticuliersIle.offerts(f.francais()).contains(motif)) {
            erreurs.rejectValue("casParticulier", "casParticulier.nationalite", "Ce cas concerne les personnes devenues "
                    + "françaises : indiquez la nationalité française à l'étape « " + Etape.SITUATION.titre() + " ».");
        }
    }

    /** The proof of the L30 ground, when the request carries one. */
    @Override
    protected List<PieceDemandee<FormulaireIle>> piecesDemandees(FormulaireIle f) {
        return inscriptionTardive(f).map(t -> Stream.concat(FormulaireIle.PIECES.stream(),
                Stream.of(FormulaireIle.PIECES_CAS_PARTICULIER.get(t.motif()))).toList()).orElse(FormulaireIle.PIECES);
    }

    /** The L30 ground is kept only if the request is sent within the L30 window of the commune's next ballot. */
    @Override
    protected DonneesIle aLEnvoi(DonneesIle donnees, FormulaireIle f) {
        return donnees.avec(inscriptionTardive(f).orElse(null));
    }

    private Optional<DonneesIle.InscriptionTardive> inscriptionTardive(FormulaireIle f) {
        return avertissements.prochainScrutin(f.getCommuneInscription(), f.scrutinsOuverts())
                .flatMap(s -> CasParticuliersIle.retenu(f.casParticulierChoisi(), s, avertissements.maintenant()));
    }

    /** The commune's next ballot open to the applicant, when its usual deadline has passed and its L30 one has not. */
    private Optional<ScrutinVue> scrutinCasParticuliers(String communeInsee, FormulaireIle f) {
        return avertissements.prochainScrutin(communeInsee, f.scrutinsOuverts())
                .filter(s -> CasParticuliersIle.question(s, avertissements.maintenant()));
    }
}
