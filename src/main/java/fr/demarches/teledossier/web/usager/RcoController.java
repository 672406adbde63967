package fr.demarches.teledossier.web.usager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.demarches.commune.Procedure;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.teledossier.elements.Declarant;
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.regles.FenetreRecensement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The RCO request: its steps, its pieces and its pages; the step flow is {@link DemandeEnEtapes}. The request goes
 * to the mairie of the domicile.
 */
@Controller
@RequestMapping("/demarches/rco")
class RcoController extends DemandeEnEtapes<DonneesRco, FormulaireRco> {

    RcoController(ServicesDemande services) {
        super(new Demarche(Procedure.RCO, "rco", "Recensement citoyen", "Recensement citoyen obligatoire",
                List.of(Etape.DECLARANT, Etape.IDENTITE, Etape.DOMICILE, Etape.FAMILLE, Etape.FILIATION)),
                FormulaireRco.class, FormulaireRco::depuis, FormulaireRco.PIECES, services);
    }

    /** A parent answering "who fills in" gets an empty identity to type their child's ({@link FormulaireRco}). */
    @Override
    protected void avantEnregistrement(Etape etape, FormulaireRco f, CompteConnecte usager) {
        if (etape == Etape.DECLARANT) {
            var profil = services.profils().ouVide(usager.id());
            f.declarantChoisi(profil, codePostalNaissance(profil));
        }
    }

    @Override
    protected void preparer(Etape etape, FormulaireRco f, Model model) {
        var referentiel = services.referentiel();
        switch (etape) {
            case DECLARANT -> {
                var qui = new LinkedHashMap<String, String>();
                qui.put(FormulaireRco.JEUNE, "La personne à recenser (vous-même)");
                qui.put(Declarant.Qualite.PERE.name(), "Son père");
                qui.put(Declarant.Qualite.MERE.name(), "Sa mère");
                qui.put(Declarant.Qualite.REPRESENTANT_LEGAL.name(), "Son représentant légal (tuteur…)");
                model.addAttribute("declarants", qui);
            }
            case DOMICILE -> model.addAttribute("communesDomicile", referentiel.parCodePostal(f.getCodePostal()));
            case FAMILLE -> {
                model.addAttribute("situations", situations());
                model.addAttribute("pupilles", pupilles());
            }
            case FILIATION -> {
                model.addAttribute("communesPere", referentiel.parCodePostal(f.getPere().getCodePostal()));
                model.addAttribute("communesMere", referentiel.parCodePostal(f.getMere().getCodePostal()));
                model.addAttribute("pays", Pays.ETRANGERS);
            }
            default -> {
            }
        }
    }

    @Override
    protected void recapitulatif(FormulaireRco f, Model model) {
        var referentiel = services.referentiel();
        model.addAttribute("communeDomicile", referentiel.parCodeInsee(f.getCommuneInsee()).orElse(null));
        model.addAttribute("communeNaissance", referentiel.parCodeInsee(f.getNaissanceCommuneInsee()).orElse(null));
        model.addAttribute("communePere", referentiel.parCodeInsee(f.getPere().getCommuneInsee()).orElse(null));
        model.addAttribute("communeMere", referentiel.parCodeInsee(f.getMere().getCommuneInsee()).orElse(null));
        model.addAttribute("pays", Pays.ETRANGERS);
        model.addAttribute("situations", situations());
        model.addAttribute("pupilles", pupilles());
        var qualites = new LinkedHashMap<String, String>();
        for (var q : Declarant.Qualite.values()) {
            qualites.put(q.name(), q.libelle());
        }
        model.addAttribute("qualites", qualites);
        var aujourdhui = LocalDate.now(services.horloge());
        var naissance = f.naissance(aujourdhui);
        model.addAttribute("motifAcquisition",
                naissance == null ? null : f.fenetre(naissance, aujourdhui).motifAcquisition().orElse(null));
    }

    /**
     * A request after the 3 months following the 16th birthday, or after the month following the acquisition of
     * nationality, is a regularisation ({@link FenetreRecensement}); inside that month, nothing to warn about.
     */
    @Override
    protected List<String> avertissements(FormulaireRco f, LocalDate aujourdhui) {
        var naissance = f.naissance(aujourdhui);
        return naissance == null ? List.of() : f.fenetre(naissance, aujourdhui).avertissement().stream().toList();
    }

    private static Map<String, String> situations() {
        var situations = new LinkedHashMap<String, String>();
        for (var s : DonneesRco.SituationMatrimoniale.values()) {
            situations.put(s.name(), s.libelle());
        }
        return situations;
    }

    private static Map<String, String> pupilles() {
        var pupilles = new LinkedHashMap<String, String>();
        pupilles.put("NON", "Non");
        pupilles.put("ETAT", DonneesRco.Pupille.ETAT.libelle());
        pupilles.put("NATION", DonneesRco.Pupille.NATION.libelle());
        return pupilles;
    }
}
