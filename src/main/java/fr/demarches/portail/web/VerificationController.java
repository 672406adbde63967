package fr.demarches.portail.web;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.demarches.compte.CodesVerification;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.Portail;
import fr.demarches.portail.securite.ConnexionEnDeuxEtapes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Vérification en deux étapes": the page between the password and the Gestionnaire de Suivi or the officers'
 * portal, where the agent or officer types the code received by e-mail. Reached only with a correct password (see
 * the security chains of these portals).
 */
@Controller
@RequestMapping({"/gs/verification", "/police/verification"})
class VerificationController {

    private final ConnexionEnDeuxEtapes deuxEtapes;

    VerificationController(ConnexionEnDeuxEtapes deuxEtapes) {
        this.deuxEtapes = deuxEtapes;
    }

    @GetMapping
    String page(Authentication authentification, HttpServletRequest requete, Model model) {
        if (!deuxEtapes.enAttente(authentification)) {
            return "redirect:" + portail(requete).accueil();
        }
        deuxEtapes.avisEnvoi(requete).ifPresent(avis -> model.addAttribute("avisEnvoi", avis));
        return page(new SaisieCode(null, null), Map.of(), authentification, model);
    }

    @PostMapping
    String verifier(@ModelAttribute SaisieCode saisie, Authentication authentification, HttpServletRequest requete,
            HttpServletResponse reponse, Model model) {
        Portail portail = portail(requete);
        if (!deuxEtapes.enAttente(authentification)) {
            return "redirect:" + portail.accueil();
        }
        var erreurs = new LinkedHashMap<String, String>();
        String code = saisie.code() == null ? "" : saisie.code().replaceAll("\\s", "");
        if (code.isEmpty()) {
            erreurs.put("code", "Saisissez le code à 6 chiffres reçu par courriel.");
        } else if (!code.matches("\\d{6}")) {
            erreurs.put("code", "Le code se compose de 6 chiffres, par exemple 123456.");
        } else {
            var verification = deuxEtapes.verifier(requete, reponse, portail,
                    (CompteConnecte) authentification.getPrincipal(), code);
            switch (verification.issue()) {
                case VALIDE -> {
                    return "redirect:" + deuxEtapes.apresCode(requete, reponse, portail, authentification,
                            saisie.appareilDeConfiance());
                }
                case EPUISE -> {
                    return "redirect:" + portail.url("/connexion");
                }
                case INCORRECT -> erreurs.put("code", "Code incorrect. Il vous reste " + verification.essaisRestants()
                        + (verification.essaisRestants() > 1 ? " essais." : " essai."));
                case EXPIRE -> erreurs.put("code", "Ce code a expiré. Demandez un nouveau code.");
                case ABSENT -> erreurs.put("code", "Ce code n'est plus valable. Demandez un nouveau code.");
            }
        }
        return page(saisie, erreurs, authentification, model);
    }

    @PostMapping("/renvoi")
    String renvoyer(Authentication authentification, HttpServletRequest requete, RedirectAttributes suite) {
        Portail portail = portail(requete);
        if (!deuxEtapes.enAttente(authentification)) {
            return "redirect:" + portail.accueil();
        }
        var blocage = deuxEtapes.envoyerCode(requete, (CompteConnecte) authentification.getPrincipal());
        suite.addFlashAttribute(blocage.isPresent() ? "avisEnvoi" : "codeRenvoye",
                blocage.map(deuxEtapes::messageEnvoiBloque).orElse("Un nouveau code vient de vous être envoyé."));
        return "redirect:" + portail.url("/verification");
    }

    /** /gs/verification or /police/verification: the portal is the path's. */
    private static Portail portail(HttpServletRequest requete) {
        return Portail.de(requete.getRequestURI().substring(requete.getContextPath().length()));
    }

    private String page(SaisieCode saisie, Map<String, String> erreurs, Authentication authentification, Model model) {
        model.addAttribute("saisie", saisie);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("courriel", ((CompteConnecte) authentification.getPrincipal()).getUsername());
        model.addAttribute("minutes", CodesVerification.VALIDITE.toMinutes());
        return "portail/verification";
    }

    /** {@code confiance} is absent (null) when the box is not ticked. */
    record SaisieCode(String code, Boolean confiance) {

        public boolean appareilDeConfiance() {
            return Boolean.TRUE.equals(confiance);
        }
    }
}
