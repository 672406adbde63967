package fr.demarches.portail.web;

import fr.demarches.commune.DemandesRaccordement;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home pages of the citizens', the mairies' and the administration's portals. The officers' home is the
 * reference search of procurations, served by that module.
 */
@Controller
class AccueilController {

    private final Referentiel referentiel;
    private final Raccordements raccordements;
    private final java.time.Clock horloge;
    private final java.util.List<fr.demarches.portail.IndicateurAccueil.Source> indicateurs;

    private final DemandesRaccordement demandesRaccordement;

    AccueilController(Referentiel referentiel, Raccordements raccordements, java.time.Clock horloge,
            DemandesRaccordement demandesRaccordement,
            java.util.List<fr.demarches.portail.IndicateurAccueil.Source> indicateurs) {
        this.demandesRaccordement = demandesRaccordement;
        this.indicateurs = indicateurs;
        this.referentiel = referentiel;
        this.raccordements = raccordements;
        this.horloge = horloge;
    }

    @GetMapping("/")
    String usager() {
        return "portail/usager/accueil";
    }

    @GetMapping("/gs")
    String gestionnaireDeSuivi(@AuthenticationPrincipal CompteConnecte agent, Model model) {
        model.addAttribute("commune", referentiel.parCodeInsee(agent.communeInsee()).orElseThrow());
        model.addAttribute("raccordement", raccordements.de(agent.communeInsee()).orElse(null));
        model.addAttribute("aujourdhui", java.time.LocalDate.now(horloge));
        model.addAttribute("indicateurs", indicateurs.stream().flatMap(s -> s.pour(agent.communeInsee()).stream())
                .sorted(java.util.Comparator.comparingInt(fr.demarches.portail.IndicateurAccueil::ordre)).toList());
        return "portail/gs/accueil";
    }

    @GetMapping("/admin")
    String administration(Model model) {
        model.addAttribute("nombreCommunes", referentiel.nombre());
        model.addAttribute("nombreRaccordees", raccordements.nombre());
        model.addAttribute("demandesEnAttente", demandesRaccordement.enAttente());
        return "portail/admin/accueil";
    }
}
