package fr.demarches.compte.web;

import java.util.function.BooleanSupplier;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ComptesUsagers;
import fr.demarches.compte.ConnexionsDeLaRequete;
import fr.demarches.compte.Espace;
import fr.demarches.compte.ObjetJeton;
import fr.demarches.compte.RefusCompte;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mon compte": change the password or the address, delete the account. The current password is asked each time. */
@Controller
class MonCompteController {

    static final String MOT_DE_PASSE_INCORRECT = "Le mot de passe saisi est incorrect.";

    private final ComptesUsagers comptes;
    /** Copies a session into a new one (Spring Security's protection against session fixation, migrating). */
    private final SessionFixationProtectionStrategy nouvelleSession = new SessionFixationProtectionStrategy();

    MonCompteController(ComptesUsagers comptes) {
        this.comptes = comptes;
    }

    @GetMapping("/compte")
    String compte(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("courriel", comptes.courriel(usager.id()));
        return "compte/usager/mon-compte";
    }

    @GetMapping("/compte/mot-de-passe")
    String motDePasse(Model model) {
        model.addAttribute("formulaire", Formulaires.ChangementMotDePasse.vide());
        return "compte/usager/mon-compte-mot-de-passe";
    }

    @PostMapping("/compte/mot-de-passe")
    String changerMotDePasse(@AuthenticationPrincipal CompteConnecte usager,
            @Valid @ModelAttribute("formulaire") Formulaires.ChangementMotDePasse formulaire, BindingResult erreurs,
            HttpServletRequest requete, HttpServletResponse reponse, RedirectAttributes suite) {
        Formulaires.verifierNouveauMotDePasse(formulaire.motDePasse(), formulaire.confirmation(), erreurs);
        var revision = new java.util.OptionalInt[] {java.util.OptionalInt.empty()};
        verifierMotDePasse(erreurs, "actuel", () -> (revision[0] = comptes.changerMotDePasse(usager.id(),
                formulaire.actuel(), formulaire.motDePasse(), requete.getRemoteAddr())).isPresent());
        if (erreurs.hasErrors()) {
            return "compte/usager/mon-compte-mot-de-passe";
        }
        // The change ended every session of the account (V214), this one too: the browser goes on in a new one that
        // holds what it held; the others, opened with the old password, are over. The new one is written at the end
        // of this request, and checked then against the revision this change gave (another change meanwhile ends it).
        nouvelleSession.onAuthentication(SecurityContextHolder.getContext().getAuthentication(), requete, reponse);
        ConnexionsDeLaRequete.noter(usager.avecRevision(revision[0].getAsInt()));
        suite.addFlashAttribute("succes", "Votre mot de passe est modifié. Vos autres sessions ouvertes sont fermées.");
        return "redirect:/compte";
    }

    @GetMapping("/compte/courriel")
    String courriel(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("formulaire", Formulaires.ChangementCourriel.vide());
        model.addAttribute("courriel", comptes.courriel(usager.id()));
        return "compte/usager/mon-compte-courriel";
    }

    @PostMapping("/compte/courriel")
    String changerCourriel(@AuthenticationPrincipal CompteConnecte usager,
            @Valid @ModelAttribute("formulaire") Formulaires.ChangementCourriel formulaire, BindingResult erreurs,
            HttpServletRequest requete, Model model, RedirectAttributes suite) {
        String actuel = comptes.courriel(usager.id());
        if (!erreurs.hasFieldErrors("courriel") && formulaire.courriel().strip().equals(actuel)) {
            erreurs.rejectValue("courriel", "courriel.identique", "Saisissez une adresse différente de l'adresse actuelle.");
        }
        verifierMotDePasse(erreurs, "motDePasse", () -> comptes.demanderChangementCourriel(usager.id(),
                formulaire.motDePasse(), formulaire.courriel().strip(), requete.getRemoteAddr()));
        if (erreurs.hasErrors()) {
            model.addAttribute("courriel", actuel);
            return "compte/usager/mon-compte-courriel";
        }
        suite.addFlashAttribute("succes", "Un courriel a été envoyé à la nouvelle adresse : suivez le lien qu'il "
                + "contient (valable 24 heures) pour confirmer le changement. D'ici là, votre adresse reste " + actuel + ".");
        return "redirect:/compte";
    }

    @GetMapping("/compte/suppression")
    String suppression(Model model) {
        model.addAttribute("formulaire", Formulaires.Suppression.vide());
        return "compte/usager/mon-compte-suppression";
    }

    @PostMapping("/compte/suppression")
    String supprimer(@AuthenticationPrincipal CompteConnecte usager,
            @Valid @ModelAttribute("formulaire") Formulaires.Suppression formulaire, BindingResult erreurs,
            HttpServletRequest requete, HttpServletResponse reponse, RedirectAttributes suite) {
        verifierMotDePasse(erreurs, "motDePasse",
                () -> comptes.supprimer(usager.id(), formulaire.motDePasse(), requete.getRemoteAddr()));
        if (erreurs.hasErrors()) {
            return "compte/usager/mon-compte-suppression";
        }
        new SecurityContextLogoutHandler().logout(requete, reponse, SecurityContextHolder.getContext().getAuthentication());
        suite.addFlashAttribute("succes", "Votre compte est supprimé. Un courriel vous le confirme.");
        return "redirect:/";
    }

    /** Public: the link may be opened in another browser than the one signed in. */
    @GetMapping("/confirmation/nouvelle-adresse")
    String lienNouvelleAdresse(@RequestParam(required = false) String jeton, Model model) {
        if (!comptes.lienValide(jeton, ObjetJeton.CHANGEMENT_COURRIEL)) {
            return lienInvalide(model);
        }
        model.addAttribute("titre", "Confirmer votre nouvelle adresse électronique");
        model.addAttribute("explication", "Confirmez pour que cette adresse devienne l'identifiant de votre compte.");
        model.addAttribute("action", "/confirmation/nouvelle-adresse");
        model.addAttribute("bouton", "Confirmer ma nouvelle adresse");
        model.addAttribute("jeton", jeton);
        return "compte/usager/confirmation-lien";
    }

    @PostMapping("/confirmation/nouvelle-adresse")
    String confirmerNouvelleAdresse(@RequestParam(required = false) String jeton, HttpServletRequest requete, Model model) {
        if (!comptes.confirmerChangementCourriel(jeton, requete.getRemoteAddr())) {
            return lienInvalide(model);
        }
        model.addAttribute("suite", "/").addAttribute("libelleSuite", "Retour à l'accueil");
        return InscriptionController.message(model, "Adresse modifiée",
                "Votre nouvelle adresse est enregistrée : c'est désormais votre identifiant de connexion.");
    }

    private static String lienInvalide(Model model) {
        model.addAttribute("erreur", true);
        return InscriptionController.message(model, "Lien invalide ou expiré",
                "Ce lien n'est plus valable : il a expiré, a déjà servi, ou l'adresse a entre-temps été prise par un "
                        + "autre compte. Refaites la demande depuis « Mon compte ».");
    }

    /**
     * Runs {@code action} (which checks the current password) once the form is valid: a wrong password, or too many
     * of them lately, is said next to {@code champ}.
     */
    private static void verifierMotDePasse(BindingResult erreurs, String champ, BooleanSupplier action) {
        if (erreurs.hasErrors()) {
            return;
        }
        try {
            if (!action.getAsBoolean()) {
                erreurs.rejectValue(champ, champ + ".incorrect", MOT_DE_PASSE_INCORRECT);
            }
        } catch (RefusCompte.TropDEssais pause) {
            erreurs.rejectValue(champ, champ + ".pause", pause.getMessage());
        }
    }
}
