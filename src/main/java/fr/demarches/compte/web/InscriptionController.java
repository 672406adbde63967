package fr.demarches.compte.web;

import fr.demarches.compte.ComptesUsagers;
import fr.demarches.compte.ObjetJeton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up, the confirmation of the address, and sending that link again. Public pages. */
@Controller
class InscriptionController {

    /** What the screen says whatever the address: it never tells whether the address already has an account. */
    static final String MESSAGE_ENVOI = "Si cette adresse peut recevoir un lien, un courriel vient de lui être envoyé. "
            + "Ouvrez-le et suivez le lien qu'il contient : il est valable 24 heures. "
            + "Pensez à regarder dans vos courriers indésirables.";

    private final ComptesUsagers comptes;

    InscriptionController(ComptesUsagers comptes) {
        this.comptes = comptes;
    }

    @GetMapping("/inscription")
    String formulaire(Model model) {
        model.addAttribute("formulaire", Formulaires.Inscription.vide());
        return "compte/usager/inscription";
    }

    @PostMapping("/inscription")
    String inscrire(@Valid @ModelAttribute("formulaire") Formulaires.Inscription formulaire, BindingResult erreurs,
            HttpServletRequest requete, Model model) {
        Formulaires.verifierNouveauMotDePasse(formulaire.motDePasse(), formulaire.confirmation(), erreurs);
        if (!Boolean.TRUE.equals(formulaire.conditions())) {
            erreurs.rejectValue("conditions", "conditions", "Cochez la case pour accepter les conditions d'utilisation.");
        }
        if (erreurs.hasErrors()) {
            return "compte/usager/inscription";
        }
        comptes.inscrire(formulaire.courriel().strip(), formulaire.motDePasse(), requete.getRemoteAddr());
        return message(model, "Vérifiez votre messagerie", MESSAGE_ENVOI);
    }

    @GetMapping("/inscription/renvoi")
    String renvoi(Model model) {
        return pageRenvoi(model.addAttribute("formulaire", Formulaires.Courriel.vide()));
    }

    @PostMapping("/inscription/renvoi")
    String renvoyer(@Valid @ModelAttribute("formulaire") Formulaires.Courriel formulaire, BindingResult erreurs,
            HttpServletRequest requete, Model model) {
        if (erreurs.hasErrors()) {
            return pageRenvoi(model);
        }
        comptes.renvoyerConfirmation(formulaire.courriel().strip(), requete.getRemoteAddr());
        return message(model, "Vérifiez votre messagerie", MESSAGE_ENVOI);
    }

    @GetMapping("/confirmation/courriel")
    String lienConfirmation(@RequestParam(required = false) String jeton, Model model) {
        if (!comptes.lienValide(jeton, ObjetJeton.CONFIRMATION_COURRIEL)) {
            return lienInvalide(model);
        }
        model.addAttribute("formulaire", new Formulaires.ConfirmationCourriel(jeton, null));
        return "compte/usager/confirmation-courriel";
    }

    @PostMapping("/confirmation/courriel")
    String confirmer(@Valid @ModelAttribute("formulaire") Formulaires.ConfirmationCourriel formulaire,
            BindingResult erreurs, HttpServletRequest requete, Model model) {
        if (erreurs.hasErrors()) {
            return comptes.lienValide(formulaire.jeton(), ObjetJeton.CONFIRMATION_COURRIEL)
                    ? "compte/usager/confirmation-courriel" : lienInvalide(model);
        }
        switch (comptes.confirmerCourriel(formulaire.jeton(), formulaire.motDePasse(), requete.getRemoteAddr())) {
            case LIEN_INVALIDE -> {
                return lienInvalide(model);
            }
            case MOT_DE_PASSE_INCORRECT -> {
                erreurs.rejectValue("motDePasse", "motDePasse.incorrect", "Le mot de passe saisi est incorrect. "
                        + "Si vous l'avez oublié, utilisez « Mot de passe oublié ? » sur la page de connexion.");
                return "compte/usager/confirmation-courriel";
            }
            default -> {
                // Straight to the login page, which says the address is confirmed: one step less, no dead end.
                return "redirect:/connexion?courrielConfirme";
            }
        }
    }

    private String pageRenvoi(Model model) {
        model.addAttribute("titre", "Recevoir à nouveau le lien de confirmation");
        model.addAttribute("explication", "Indiquez l'adresse électronique de votre compte : si elle n'est pas encore "
                + "confirmée, nous vous envoyons un nouveau lien.");
        model.addAttribute("action", "/inscription/renvoi");
        return "compte/usager/courriel-seul";
    }

    private static String lienInvalide(Model model) {
        model.addAttribute("erreur", true).addAttribute("suite", "/inscription/renvoi")
                .addAttribute("libelleSuite", "Recevoir un nouveau lien");
        return message(model, "Lien invalide ou expiré",
                "Ce lien n'est plus valable : il a expiré, a déjà servi ou a été remplacé par un lien plus récent.");
    }

    static String message(Model model, String titre, String message) {
        model.addAttribute("titre", titre).addAttribute("message", message);
        if (!model.containsAttribute("erreur")) {
            model.addAttribute("erreur", false);
        }
        if (!model.containsAttribute("suite")) {
            model.addAttribute("suite", null);
        }
        return "compte/usager/message";
    }
}
