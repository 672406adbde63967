package fr.demarches.commune.web.admin;

import static fr.demarches.shared.Dates.JOUR;

import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.DemandesRaccordement.DemandeVue;
import fr.demarches.commune.DemandesRaccordement;
import fr.demarches.commune.RefusCommune;
import fr.demarches.shared.Refus;
import fr.demarches.shared.ErreursFormulaire;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

/** The platform administrator examines the communes' requests to join and accepts or refuses them. */
@Controller
@RequestMapping("/admin/raccordements")
class RaccordementsController {

    private final DemandesRaccordement demandes;

    RaccordementsController(DemandesRaccordement demandes) {
        this.demandes = demandes;
    }

    @GetMapping
    String liste(Model model) {
        model.addAttribute("demandes", demandes.toutes());
        return "commune/admin/raccordements";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return page(demande(id), new FormulaireRefus(null), Map.of(), model);
    }

    @PostMapping("/{id}/accepter")
    String accepter(@PathVariable UUID id, Acteur acteur, RedirectAttributes redirection) {
        demande(id);
        try {
            var effet = demandes.accepter(id, acteur);
            redirection.addFlashAttribute("succes", "Demande acceptée : le raccordement prend effet le "
                    + JOUR.format(effet)
                    + ". L'administrateur de la commune reçoit un lien pour choisir son mot de passe.");
        } catch (Refus e) {
            // The commune's rules, or the administrator's account opened with it (see RaccordementAccepte).
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:/admin/raccordements/" + id;
    }

    @PostMapping("/{id}/refuser")
    String refuser(@PathVariable UUID id, @Valid @ModelAttribute("refus") FormulaireRefus refus,
            BindingResult resultat, Acteur acteur, RedirectAttributes redirection, Model model) {
        var demande = demande(id);
        if (resultat.hasErrors()) {
            return page(demande, refus, ErreursFormulaire.de(resultat, FormulaireRefus.class), model);
        }
        try {
            demandes.refuser(id, refus.motif(), acteur);
            redirection.addFlashAttribute("succes", "Demande refusée : le demandeur en est informé par courriel.");
        } catch (RefusCommune e) {
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:/admin/raccordements/" + id;
    }

    private DemandeVue demande(UUID id) {
        return demandes.demande(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(DemandeVue demande, FormulaireRefus refus, Map<String, String> erreurs, Model model) {
        model.addAttribute("demande", demande);
        model.addAttribute("refus", refus);
        model.addAttribute("erreurs", erreurs);
        return "commune/admin/raccordement";
    }

    record FormulaireRefus(@NotBlank(message = "Indiquez le motif du refus : il est envoyé au demandeur.")
            @Size(max = 2000, message = "Le motif ne doit pas dépasser 2 000 caractères.") String motif) {
    }
}
