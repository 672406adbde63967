package fr.demarches.compte.web;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.Espace;
import fr.demarches.compte.MotsDePasse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an e-mailed link opens for a mairie, police or administration account created without a password (or
 * reset): choose the password, then sign in. A link works on its own portal only.
 */
@Controller
class DefinitionMotDePasseController {


    private final AdministrationComptes comptes;

    DefinitionMotDePasseController(AdministrationComptes comptes) {
        this.comptes = comptes;
    }

    @GetMapping({"/gs/mot-de-passe/definir", "/police/mot-de-passe/definir", "/admin/mot-de-passe/definir"})
    String formulaire(@RequestParam(required = false) String jeton, HttpServletRequest requete,
            HttpServletResponse reponse, Model model) {
        var compte = comptes.compteDuLien(jeton, espace(requete));
        if (compte.isEmpty()) {
            reponse.setStatus(HttpStatus.GONE.value());
            return "compte/lien-invalide";
        }
        return page(new NouveauMotDePasse(jeton, null, null), compte.get().identifiant(), Map.of(), model);
    }

    @PostMapping({"/gs/mot-de-passe/definir", "/police/mot-de-passe/definir", "/admin/mot-de-passe/definir"})
    String definir(@ModelAttribute NouveauMotDePasse saisie, HttpServletRequest requete, HttpServletResponse reponse,
            Model model) {
        Espace espace = espace(requete);
        var compte = comptes.compteDuLien(saisie.jeton(), espace);
        if (compte.isEmpty()) {
            reponse.setStatus(HttpStatus.GONE.value());
            return "compte/lien-invalide";
        }
        var erreurs = new LinkedHashMap<String, String>();
        MotsDePasse.refus(saisie.motDePasse()).ifPresent(r -> erreurs.put("motDePasse", r));
        if (saisie.confirmation() == null || saisie.confirmation().isEmpty()) {
            erreurs.put("confirmation", "Saisissez de nouveau le mot de passe.");
        } else if (!saisie.confirmation().equals(saisie.motDePasse())) {
            erreurs.put("confirmation", "Les deux mots de passe ne sont pas identiques.");
        }
        if (!erreurs.isEmpty()) {
            return page(saisie, compte.get().identifiant(), erreurs, model);
        }
        if (!comptes.definirParLien(saisie.jeton(), espace, saisie.motDePasse(), requete.getRemoteAddr())) {
            reponse.setStatus(HttpStatus.GONE.value());
            return "compte/lien-invalide";
        }
        return "redirect:" + prefixe(requete) + "/connexion?motDePasseDefini";
    }

    private String page(NouveauMotDePasse saisie, String identifiant, Map<String, String> erreurs, Model model) {
        model.addAttribute("saisie", saisie);
        model.addAttribute("identifiant", identifiant);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("longueurMinimale", MotsDePasse.LONGUEUR_MINIMALE);
        return "compte/definir-mot-de-passe";
    }

    private static String prefixe(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return chemin.substring(0, chemin.indexOf('/', 1));
    }

    private static Espace espace(HttpServletRequest requete) {
        return switch (prefixe(requete)) {
            case "/gs" -> Espace.MAIRIE;
            case "/police" -> Espace.POLICE;
            case "/admin" -> Espace.ADMINISTRATION;
            default -> throw new IllegalStateException("Portail inattendu");
        };
    }

    record NouveauMotDePasse(String jeton, String motDePasse, String confirmation) {
    }
}
