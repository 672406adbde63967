package fr.demarches.compte.web.gs;

import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.ConsultationJournal;
import fr.demarches.compte.AgentsCommune;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.CompteVue;
import fr.demarches.compte.RefusCompte;
import fr.demarches.compte.web.NouveauCompte;
import fr.demarches.shared.ErreursFormulaire;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commune administrator's agents: list with last sign-in, create (with a set-password link), disable,
 * re-enable, reset the password. The commune is always the signed-in administrator's; an id of any other account
 * answers 404 ({@link fr.demarches.compte.AgentIntrouvableException}).
 */
@Controller
@RequestMapping("/gs/administration/agents")
class AgentsController {

    private static final String ADRESSE = "/gs/administration/agents";

    private final AgentsCommune agents;
    private final ConsultationJournal journal;

    AgentsController(AgentsCommune agents, ConsultationJournal journal) {
        this.agents = agents;
        this.journal = journal;
    }

    @GetMapping
    String liste(@AuthenticationPrincipal CompteConnecte admin, Model model) {
        return page(admin, NouveauCompte.vide(), Map.of(), model);
    }

    @PostMapping
    String creer(@Valid @ModelAttribute("formulaire") NouveauCompte formulaire, BindingResult resultat,
            @AuthenticationPrincipal CompteConnecte admin, Acteur acteur, RedirectAttributes redirection,
            Model model) {
        var erreurs = ErreursFormulaire.de(resultat, NouveauCompte.class);
        if (!erreurs.isEmpty()) {
            return page(admin, formulaire, erreurs, model);
        }
        try {
            agents.creer(admin.communeInsee(), formulaire.identifiantNet(), formulaire.nom().strip(),
                    formulaire.prenoms().strip(), acteur);
        } catch (RefusCompte.IdentifiantPris dejaPris) {
            return page(admin, formulaire, Map.of("identifiant",
                    "Cette adresse est déjà l'identifiant d'un compte du Gestionnaire de Suivi."), model);
        }
        redirection.addFlashAttribute("succes", "Compte créé : " + formulaire.identifiantNet()
                + " reçoit un lien pour choisir son mot de passe.");
        return "redirect:" + ADRESSE;
    }

    @PostMapping("/{id}/desactiver")
    String desactiver(@PathVariable UUID id, @AuthenticationPrincipal CompteConnecte admin, Acteur acteur, RedirectAttributes redirection) {
        agents.desactiver(id, admin.communeInsee(), acteur);
        redirection.addFlashAttribute("succes", "Compte désactivé : l'agent est déconnecté et ne peut plus se connecter.");
        return "redirect:" + ADRESSE;
    }

    @PostMapping("/{id}/reactiver")
    String reactiver(@PathVariable UUID id, @AuthenticationPrincipal CompteConnecte admin, Acteur acteur, RedirectAttributes redirection) {
        agents.reactiver(id, admin.communeInsee(), acteur);
        redirection.addFlashAttribute("succes", "Compte réactivé.");
        return "redirect:" + ADRESSE;
    }

    @PostMapping("/{id}/reinitialiser")
    String reinitialiser(@PathVariable UUID id, @AuthenticationPrincipal CompteConnecte admin, Acteur acteur, RedirectAttributes redirection) {
        try {
            agents.reinitialiserMotDePasse(id, admin.communeInsee(), acteur);
            redirection.addFlashAttribute("succes",
                    "Mot de passe retiré : l'agent reçoit un lien pour en choisir un nouveau.");
        } catch (RefusCompte e) {
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:" + ADRESSE;
    }

    private String page(CompteConnecte admin, NouveauCompte formulaire, Map<String, String> erreurs, Model model) {
        var liste = agents.agents(admin.communeInsee());
        model.addAttribute("agents", liste);
        model.addAttribute("connexions", journal.dernieresConnexions(liste.stream().map(CompteVue::id).toList()));
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("erreurs", erreurs);
        return "compte/gs/agents";
    }
}
