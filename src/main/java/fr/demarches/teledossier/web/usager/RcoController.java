package fr.demarches.teledossier.web.usager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import fr.demarches.commune.Procedure;
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
                List.of(Etape.IDENTITE, Etape.DOMICILE, Etape.FAMILLE, Etape.FILIATION)),
                FormulaireRco.class, FormulaireRco::depuis, FormulaireRco.PIECES, services);
    }

    @Override
    protected void preparer(Etape etape, FormulaireRco f, Model model) {
        var referentiel = services.referentiel();
        switch (etape) {
            case DOMICILE -> model.addAttribute("communesDomicile", referentiel.parCodePostal(f.getCodePostal()));
            case FAMILLE -> {
                var situations = new LinkedHashMap<String, String>();
                for (var s : DonneesRco.SituationMatrimoniale.values()) {
                    situations.put(s.name(), s.libelle());
                }
                model.addAttribute("situations", situations);
                var pupilles = new LinkedHashMap<String, String>();
                pupilles.put("NON", "Non");
                pupilles.put("ETAT", DonneesRco.Pupille.ETAT.libelle());
                pupilles.put("NATION", DonneesRco.Pupille.NATION.libelle());
                model.addAttribute("pupilles", pupilles);
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
        model.addAttribute("communeDomicile", services.referentiel().parCodeInsee(f.getCommuneInsee()).orElse(null));
    }

    /** A request after the 3 months following the 16th birthday is a regularisation ({@link FenetreRecensement}). */
    @Override
    protected List<String> avertissements(FormulaireRco f, LocalDate aujourdhui) {
        var naissance = f.naissance(aujourdhui);
        return naissance == null ? List.of()
                : FenetreRecensement.pour(naissance, aujourdhui).avertissement().stream().toList();
    }
}
