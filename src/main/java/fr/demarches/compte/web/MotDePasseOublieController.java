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

/** Forgotten password: a link by e-mail (1 hour, single use), then a new password. Public pages. */
@Controller
class MotDePasseOublieController {

    static final String MESSAGE_ENVOI = "Si un compte existe avec cette adresse, un courriel vient de lui être envoyé "
            + "avec un lien pour choisir un nouveau mot de passe. Ce lien est valable 1 heure.";

    private final ComptesUsagers comptes;

    MotDePasseOublieController(ComptesUsagers comptes) {
        this.comptes = comptes;
    }

    @GetMapping("/mot-de-passe-oublie")
    String formulaire(Model model) {
        return page(model.addAttribute("formulaire", Formulaires.Courriel.vide()));
    }

    @PostMapping("/mot-de-passe-oublie")
    String demander(@Valid @ModelAttribute("formulaire") Formulaires.Courriel formulaire, BindingResult erreurs,
            HttpServletRequest requete, Model model) {
        if (erreurs.hasErrors()) {
            return page(model);
        }
        comptes.demanderReinitialisation(formulaire.courriel().strip(), requete.getRemoteAddr());
        return InscriptionController.message(model, "Vérifiez votre messagerie", MESSAGE_ENVOI);
    }

    @GetMapping("/mot-de-passe/nouveau")
    String nouveau(@RequestParam(required = false) String jeton, Model model) {
        if (!comptes.lienValide(jeton, ObjetJeton.REINITIALISATION_MOT_DE_PASSE)) {
            return lienInvalide(model);
        }
        model.addAttribute("formulaire", new Formulaires.NouveauMotDePasse(jeton, null, null));
        return "compte/usager/nouveau-mot-de-passe";
    }

    @PostMapping("/mot-de-passe/nouveau")
    String definir(@ModelAttribute("formulaire") Formulaires.NouveauMotDePasse formulaire, BindingResult erreurs,
            HttpServletRequest requete, Model model) {
        Formulaires.verifierNouveauMotDePasse(formulaire.motDePasse(), formulaire.confirmation(), erreurs);
        if (erreurs.hasErrors()) {
            return comptes.lienValide(formulaire.jeton(), ObjetJeton.REINITIALISATION_MOT_DE_PASSE)
                    ? "compte/usager/nouveau-mot-de-passe" : lienInvalide(model);
        }
        if (!comptes.reinitialiserMotDePasse(formulaire.jeton(), formulaire.motDePasse(), requete.getRemoteAddr())) {
            return lienInvalide(model);
        }
        model.addAttribute("suite", "/connexion").addAttribute("libelleSuite", "Se connecter");
        return InscriptionController.message(model, "Mot de passe modifié",
                "Votre nouveau mot de passe est enregistré : vous pouvez vous connecter.");
    }

    private static String page(Model model) {
        model.addAttribute("titre", "Mot de passe oublié");
        model.addAttribute("explication", "Indiquez l'adresse électronique de votre compte : nous vous envoyons un "
                + "lien pour choisir un nouveau mot de passe.");
        model.addAttribute("action", "/mot-de-passe-oublie");
        return "compte/usager/courriel-seul";
    }

    private static String lienInvalide(Model model) {
        model.addAttribute("erreur", true).addAttribute("suite", "/mot-de-passe-oublie")
                .addAttribute("libelleSuite", "Recevoir un nouveau lien");
        return InscriptionController.message(model, "Lien invalide ou expiré",
                "Ce lien n'est plus valable : il a expiré, a déjà servi ou a été remplacé par un lien plus récent.");
    }
}
