package fr.demarches.procuration.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The officers' portal opens on its only task: typing the reference a mandant presents. */
@Controller
class AccueilPoliceController {

    @GetMapping("/police")
    String accueil() {
        return "procuration/police/accueil";
    }
}
