package fr.demarches.commune.web;

import java.util.List;
import java.util.Map;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.DemandesRaccordement;
import fr.demarches.commune.FormulaireRaccordement;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Referentiel;
import fr.demarches.shared.ErreursFormulaire;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public "Demande de raccordement". The commune is found from its postal code in a first server round trip
 * ("Rechercher"), which keeps everything else typed, so the form works without JavaScript.
 */
@Controller
@RequestMapping("/raccordement")
class DemandeRaccordementController {

    private final DemandesRaccordement demandes;
    private final Referentiel referentiel;

    DemandeRaccordementController(DemandesRaccordement demandes, Referentiel referentiel) {
        this.demandes = demandes;
        this.referentiel = referentiel;
    }

    @GetMapping
    String formulaire(Model model) {
        return page(FormulaireRaccordement.vide(), List.of(), Map.of(), model);
    }

    @PostMapping
    String deposer(@Valid @ModelAttribute("formulaire") FormulaireRaccordement formulaire, BindingResult resultat,
            @RequestParam(defaultValue = "envoyer") String action, HttpServletRequest requete,
            RedirectAttributes redirection, Model model) {
        var communes = referentiel.parCodePostal(formulaire.codePostal());
        var erreurs = ErreursFormulaire.avec(ErreursFormulaire.de(resultat, FormulaireRaccordement.class),
                demandes.verifier(formulaire), FormulaireRaccordement.class);
        if ("rechercher".equals(action)) {
            // Only the postal code matters at this step: the rest is still being typed.
            var recherche = erreurs.containsKey("codePostal")
                    ? Map.of("codePostal", erreurs.get("codePostal")) : Map.<String, String>of();
            return page(formulaire, communes, recherche, model);
        }
        if (!erreurs.isEmpty()) {
            return page(formulaire, communes, erreurs, model);
        }
        try {
            redirection.addFlashAttribute("numero", demandes.deposer(formulaire, requete.getRemoteAddr()));
        } catch (DataIntegrityViolationException memeMoment) {
            // Another post for the commune went in between the check and this one (V210): the same answer as the check.
            if (!String.valueOf(memeMoment.getMessage()).contains(DemandesRaccordement.UNE_EN_COURS)) {
                throw memeMoment;
            }
            return page(formulaire, communes, Map.of("codeInsee", DemandesRaccordement.DEJA_EN_COURS), model);
        }
        redirection.addFlashAttribute("commune", referentiel.parCodeInsee(formulaire.codeInsee())
                .map(CommuneResume::libelle).orElseThrow());
        redirection.addFlashAttribute("courriel", formulaire.contactCourriel().strip());
        return "redirect:/raccordement/confirmation";
    }

    @GetMapping("/confirmation")
    String confirmation(Model model) {
        if (!model.containsAttribute("numero")) {
            return "redirect:/raccordement";
        }
        return "commune/usager/raccordement-confirmation";
    }

    private String page(FormulaireRaccordement formulaire, List<CommuneResume> communes, Map<String, String> erreurs,
            Model model) {
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("communes", communes);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("modes", ModeRaccordement.values());
        return "commune/usager/raccordement";
    }
}
