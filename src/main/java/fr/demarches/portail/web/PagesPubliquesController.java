package fr.demarches.portail.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every French public service must link from its footer. */
@Controller
class PagesPubliquesController {

    @GetMapping("/accessibilite")
    String accessibilite() {
        return "portail/accessibilite";
    }

    @GetMapping("/mentions-legales")
    String mentionsLegales() {
        return "portail/mentions-legales";
    }

    @GetMapping("/donnees-personnelles")
    String donneesPersonnelles() {
        return "portail/donnees-personnelles";
    }
}
