package fr.demarches.administration.web;

import java.io.IOException;
import java.util.Map;

import fr.demarches.commune.FormulaireParametres;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.compte.CompteConnecte;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commune administrator's settings page. The commune is always the signed-in account's: no URL or field
 * names one, so there is no other commune to reach.
 */
@Controller
@RequestMapping("/gs/administration/parametres")
class ParametresMairieController {

    private static final String ADRESSE = "/gs/administration/parametres";

    private final ParametresCommune parametres;

    ParametresMairieController(ParametresCommune parametres) {
        this.parametres = parametres;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CompteConnecte compte, Model model) {
        var vue = Parametres.de(parametres, compte.communeInsee());
        Parametres.modele(vue, FormulaireParametres.de(vue), Map.of(), Parametres.erreursImage(model), ADRESSE,
                model);
        return "gs/administration/parametres";
    }

    @PostMapping
    String enregistrer(@Valid @ModelAttribute("formulaire") FormulaireParametres formulaire, BindingResult resultat,
            @AuthenticationPrincipal CompteConnecte compte, HttpServletRequest requete, RedirectAttributes redirection,
            Model model) {
        var vue = Parametres.de(parametres, compte.communeInsee());
        var erreurs = Parametres.enregistrer(parametres, compte.communeInsee(), formulaire, resultat,
                Acteurs.de(compte, requete), redirection);
        if (erreurs != null) {
            Parametres.modele(vue, formulaire, erreurs, Map.of(), ADRESSE, model);
            return "gs/administration/parametres";
        }
        return "redirect:" + ADRESSE;
    }

    @PostMapping("/images")
    String deposerImage(@RequestParam NatureImage nature, @RequestParam(required = false) MultipartFile fichier,
            @AuthenticationPrincipal CompteConnecte compte, HttpServletRequest requete,
            RedirectAttributes redirection) throws IOException {
        Parametres.de(parametres, compte.communeInsee());
        String refus = Parametres.deposerImage(parametres, compte.communeInsee(), nature, fichier,
                Acteurs.de(compte, requete), redirection);
        if (refus != null) {
            redirection.addFlashAttribute("erreursImage", Map.of("fichier-" + nature, refus));
        }
        return "redirect:" + ADRESSE + "#images";
    }

    @PostMapping("/images/{nature}/supprimer")
    String supprimerImage(@PathVariable NatureImage nature, @AuthenticationPrincipal CompteConnecte compte,
            HttpServletRequest requete, RedirectAttributes redirection) {
        Parametres.de(parametres, compte.communeInsee());
        parametres.supprimerImage(compte.communeInsee(), nature, Acteurs.de(compte, requete));
        redirection.addFlashAttribute("succes", nature.libelle() + " supprimé.");
        return "redirect:" + ADRESSE + "#images";
    }

    @GetMapping("/images/{nature}")
    ResponseEntity<byte[]> image(@PathVariable NatureImage nature, @AuthenticationPrincipal CompteConnecte compte) {
        return Parametres.image(parametres, compte.communeInsee(), nature);
    }
}
