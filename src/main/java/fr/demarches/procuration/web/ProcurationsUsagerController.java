package fr.demarches.procuration.web;

import java.util.UUID;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.procuration.Portee;
import fr.demarches.procuration.ProcurationIntrouvableException;
import fr.demarches.procuration.Procurations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
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
 * The mandant's side: the list of procurations, the request (form, review, submit — the review page carries the
 * answers in hidden fields, so nothing sits in the session), one procuration, and the cancellation.
 */
@Controller
@RequestMapping("/procuration")
class ProcurationsUsagerController {

    private final Procurations procurations;
    private final VerificationDemande verification;

    ProcurationsUsagerController(Procurations procurations, VerificationDemande verification) {
        this.procurations = procurations;
        this.verification = verification;
    }

    @Bean
    static EntreeMenu menuProcurations() {
        return new EntreeMenu(Portail.USAGER, 30, "Mes procurations", "/procuration", EntreeMenu.AUTHENTIFIE);
    }

    @GetMapping
    String liste(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("procurations", procurations.duMandant(usager.id()));
        return "procuration/usager/liste";
    }

    @GetMapping("/nouvelle")
    String formulaire(Model model) {
        return afficherFormulaire(FormulaireProcuration.vide(), model);
    }

    /** Back from the review page, with the answers. */
    @PostMapping("/nouvelle")
    String modifier(@ModelAttribute("formulaire") FormulaireProcuration formulaire, Model model) {
        return afficherFormulaire(formulaire, model);
    }

    @PostMapping("/verification")
    String verifier(@AuthenticationPrincipal CompteConnecte usager,
            @Valid @ModelAttribute("formulaire") FormulaireProcuration formulaire, BindingResult erreurs, Model model) {
        var demande = verification.verifier(formulaire, usager, erreurs);
        if (demande.isEmpty()) {
            return afficherFormulaire(formulaire, model);
        }
        model.addAttribute("demande", demande.get());
        model.addAttribute("communeMandant", verification.communes(formulaire.codePostal()).stream()
                .filter(c -> c.codeInsee().equals(demande.get().communeInsee())).findFirst().orElseThrow().libelle());
        model.addAttribute("communeMandataire", demande.get().communeMandataire() == null ? null
                : verification.communes(formulaire.codePostalMandataire()).stream()
                        .filter(c -> c.codeInsee().equals(demande.get().communeMandataire())).findFirst().orElseThrow()
                        .libelle());
        return "procuration/usager/verification";
    }

    @PostMapping
    String deposer(@AuthenticationPrincipal CompteConnecte usager,
            @Valid @ModelAttribute("formulaire") FormulaireProcuration formulaire, BindingResult erreurs, Model model,
            HttpServletRequest requete, RedirectAttributes suite) {
        var demande = verification.verifier(formulaire, usager, erreurs);
        if (demande.isEmpty()) {
            return afficherFormulaire(formulaire, model);
        }
        var vue = procurations.deposer(demande.get(), requete.getRemoteAddr());
        suite.addFlashAttribute("deposee", true);
        return "redirect:/procuration/" + vue.id();
    }

    @GetMapping("/{id}")
    String procuration(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String id, Model model) {
        model.addAttribute("procuration", procurations.duMandant(usager.id(), lire(id)));
        return "procuration/usager/procuration";
    }

    @PostMapping("/{id}/resiliation")
    String resilier(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String id,
            HttpServletRequest requete, RedirectAttributes suite) {
        var vue = procurations.duMandant(usager.id(), lire(id));
        if (!vue.resiliable()) {
            suite.addFlashAttribute("erreur", "Cette procuration ne peut pas être résiliée dans son état actuel.");
            return "redirect:/procuration/" + id;
        }
        procurations.demanderResiliation(usager.id(), vue.id(), requete.getRemoteAddr());
        suite.addFlashAttribute("resiliationDemandee", true);
        return "redirect:/procuration/" + id;
    }

    private String afficherFormulaire(FormulaireProcuration formulaire, Model model) {
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("portees", Portee.values());
        model.addAttribute("communesMandant", verification.communes(formulaire.codePostal()));
        model.addAttribute("communesMandataire", verification.communes(formulaire.codePostalMandataire()));
        return "procuration/usager/formulaire";
    }

    static UUID lire(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProcurationIntrouvableException();
        }
    }
}
