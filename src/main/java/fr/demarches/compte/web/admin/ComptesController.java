package fr.demarches.compte.web.admin;

import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.Espace;
import fr.demarches.compte.RefusCompte;
import fr.demarches.compte.web.NouveauCompte;
import fr.demarches.shared.ErreursFormulaire;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrators: list, create (with a set-password link), disable (never the last one), reactivate. */
@Controller
@RequestMapping("/admin/comptes")
class ComptesController {

    private final AdministrationComptes comptes;

    ComptesController(AdministrationComptes comptes) {
        this.comptes = comptes;
    }

    @GetMapping
    String liste(Model model) {
        return page(NouveauCompte.vide(), Map.of(), model);
    }

    @PostMapping
    String creer(@Valid @ModelAttribute("formulaire") NouveauCompte formulaire, BindingResult resultat,
            Acteur acteur, RedirectAttributes redirection,
            Model model) {
        var erreurs = ErreursFormulaire.de(resultat, NouveauCompte.class);
        if (erreurs.isEmpty() && comptes.existe(Espace.ADMINISTRATION, formulaire.identifiantNet())) {
            erreurs = Map.of("identifiant", "Un administrateur a déjà cette adresse.");
        }
        if (!erreurs.isEmpty()) {
            return page(formulaire, erreurs, model);
        }
        comptes.creerAdministrateurPlateforme(formulaire.identifiantNet(), formulaire.nom().strip(),
                formulaire.prenoms().strip(), acteur);
        redirection.addFlashAttribute("succes", "Compte créé : " + formulaire.identifiantNet()
                + " reçoit un lien pour choisir son mot de passe.");
        return "redirect:/admin/comptes";
    }

    @PostMapping("/{id}/desactiver")
    String desactiver(@PathVariable UUID id, Acteur acteur, RedirectAttributes redirection) {
        try {
            comptes.desactiverAdministrateurPlateforme(id, acteur);
            redirection.addFlashAttribute("succes", "Compte désactivé.");
        } catch (RefusCompte e) {
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:/admin/comptes";
    }

    @PostMapping("/{id}/reactiver")
    String reactiver(@PathVariable UUID id, Acteur acteur, RedirectAttributes redirection) {
        try {
            comptes.reactiverAdministrateurPlateforme(id, acteur);
            redirection.addFlashAttribute("succes", "Compte réactivé.");
        } catch (RefusCompte e) {
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:/admin/comptes";
    }

    private String page(NouveauCompte formulaire, Map<String, String> erreurs, Model model) {
        model.addAttribute("administrateurs", comptes.administrateursPlateforme());
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("erreurs", erreurs);
        return "compte/admin/comptes";
    }
}
