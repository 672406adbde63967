package fr.demarches.scrutin.web;

import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.scrutin.FormulaireScrutin;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.Scrutins;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.shared.ErreursFormulaire;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar of elections: list, create, change, delete. */
@Controller
@RequestMapping("/admin/scrutins")
class ScrutinsController {

    private final Scrutins scrutins;

    ScrutinsController(Scrutins scrutins) {
        this.scrutins = scrutins;
    }

    @Bean
    static EntreeMenu menuScrutins() {
        return new EntreeMenu(Portail.ADMIN, 30, "Scrutins", "/admin/scrutins", "ADMIN");
    }

    @GetMapping
    String liste(Model model) {
        model.addAttribute("scrutins", scrutins.tous());
        model.addAttribute("aujourdhui", scrutins.aujourdhui());
        return "scrutin/admin/scrutins";
    }

    @GetMapping("/nouveau")
    String nouveau(Model model) {
        return page(null, FormulaireScrutin.vide(), Map.of(), model);
    }

    @GetMapping("/{id}")
    String modifier(@PathVariable UUID id, Model model) {
        return page(scrutin(id), FormulaireScrutin.de(scrutin(id)), Map.of(), model);
    }

    @PostMapping("/nouveau")
    String creer(@Valid @ModelAttribute("formulaire") FormulaireScrutin formulaire, BindingResult resultat,
            Acteur acteur, RedirectAttributes redirection, Model model) {
        return enregistrer(null, formulaire, resultat, acteur, redirection, model);
    }

    @PostMapping("/{id}")
    String enregistrer(@PathVariable UUID id, @Valid @ModelAttribute("formulaire") FormulaireScrutin formulaire,
            BindingResult resultat, Acteur acteur, RedirectAttributes redirection, Model model) {
        ScrutinVue existant = id == null ? null : scrutin(id);
        var erreurs = ErreursFormulaire.avec(ErreursFormulaire.de(resultat, FormulaireScrutin.class),
                scrutins.verifier(formulaire), FormulaireScrutin.class);
        if (!erreurs.isEmpty()) {
            return page(existant, formulaire, erreurs, model);
        }
        scrutins.enregistrer(id, formulaire, acteur);
        redirection.addFlashAttribute("succes", "Scrutin « " + formulaire.nom().strip() + " » enregistré.");
        return "redirect:/admin/scrutins";
    }

    @PostMapping("/{id}/supprimer")
    String supprimer(@PathVariable UUID id, Acteur acteur, RedirectAttributes redirection) {
        var scrutin = scrutin(id);
        scrutins.supprimer(id, acteur);
        redirection.addFlashAttribute("succes", "Scrutin « " + scrutin.nom() + " » supprimé.");
        return "redirect:/admin/scrutins";
    }

    private ScrutinVue scrutin(UUID id) {
        return scrutins.scrutin(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(ScrutinVue scrutin, FormulaireScrutin formulaire, Map<String, String> erreurs, Model model) {
        model.addAttribute("scrutin", scrutin);
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("types", TypeScrutin.values());
        return "scrutin/admin/scrutin";
    }
}
