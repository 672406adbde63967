package fr.demarches.procuration.web;

import fr.demarches.compte.CompteConnecte;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officers' portal opens on its only task: typing the reference a mandant presents. */
@Controller
class AccueilPoliceController {

    private final AvisDecision avis;

    AccueilPoliceController(AvisDecision avis) {
        this.avis = avis;
    }

    /** {@code decision}: the sealed message of the decision just recorded ({@link AvisDecision}). */
    @GetMapping("/police")
    String accueil(@AuthenticationPrincipal CompteConnecte officier,
            @RequestParam(required = false) String decision, Model model) {
        if (decision != null && officier != null) {
            avis.ouvrir(decision, officier.id()).ifPresent(message -> model.addAttribute("succes", message));
        }
        return "procuration/police/accueil";
    }
}
