package fr.demarches.liste.web;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.liste.SituationsElectorales;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Ma situation électorale" for the signed-in citizen. The page takes no name nor identifier: the look-up is
 * always about the account's own profile. Looking up is a POST, so that a reload or a prefetch of the page does not
 * use up the account's allowance.
 */
@Controller
@RequestMapping("/ma-situation-electorale")
class SituationElectoraleController {

    private final SituationsElectorales situations;

    SituationElectoraleController(SituationsElectorales situations) {
        this.situations = situations;
    }

    @Bean
    static EntreeMenu menuSituationElectorale() {
        return new EntreeMenu(Portail.USAGER, 15, "Ma situation électorale", "/ma-situation-electorale", "USAGER");
    }

    @GetMapping
    String page(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("identite", situations.identite(usager.id()).orElse(null));
        return "liste/usager/situation-electorale";
    }

    @PostMapping
    String consulter(@AuthenticationPrincipal CompteConnecte usager, HttpServletRequest requete, Model model) {
        var acteur = new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(), requete.getRemoteAddr());
        var situation = situations.consulter(acteur);
        if (situation.isEmpty()) {
            return "redirect:/ma-situation-electorale";
        }
        model.addAttribute("identite", situation.get().identite()).addAttribute("situation", situation.get());
        return "liste/usager/situation-electorale";
    }
}
