package fr.demarches.teledossier.web.usager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.elements.DonneesIle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
            case COMMUNE -> model.addAttribute("communesInscription",
                    referentiel.parCodePostal(f.getCodePostalInscription()));
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
    }

    @Override
    protected List<String> avertissements(FormulaireIle f, LocalDate aujourdhui) {
        return avertissements.pour(f.getCommuneInscription(), f.naissance(aujourdhui));
    }
}
