package fr.demarches.commune.web.gs;

import java.io.IOException;
import java.util.Map;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.FormulaireParametres;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.web.Parametres;
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
    /** The signed-in administrator's commune, read from the account without this module depending on compte. */
    private static final String COMMUNE = "communeInsee()";

    private final ParametresCommune parametres;

    ParametresMairieController(ParametresCommune parametres) {
        this.parametres = parametres;
    }

    @GetMapping
    String page(@AuthenticationPrincipal(expression = COMMUNE) String commune, Model model) {
        var vue = Parametres.de(parametres, commune);
        Parametres.modele(vue, FormulaireParametres.de(vue), Map.of(), Parametres.erreursImage(model), ADRESSE,
                model);
        return "commune/gs/parametres";
    }

    @PostMapping
    String enregistrer(@Valid @ModelAttribute("formulaire") FormulaireParametres formulaire, BindingResult resultat,
            @AuthenticationPrincipal(expression = COMMUNE) String commune, Acteur acteur,
            RedirectAttributes redirection, Model model) {
        var vue = Parametres.de(parametres, commune);
        var erreurs = Parametres.enregistrer(parametres, commune, formulaire, resultat, acteur, redirection);
        if (erreurs != null) {
            Parametres.modele(vue, formulaire, erreurs, Map.of(), ADRESSE, model);
            return "commune/gs/parametres";
        }
        return "redirect:" + ADRESSE;
    }

    @PostMapping("/images")
    String deposerImage(@RequestParam NatureImage nature, @RequestParam(required = false) MultipartFile fichier,
            @AuthenticationPrincipal(expression = COMMUNE) String commune, Acteur acteur,
            RedirectAttributes redirection) throws IOException {
        Parametres.de(parametres, commune);
        String refus = Parametres.deposerImage(parametres, commune, nature, fichier, acteur, redirection);
        if (refus != null) {
            redirection.addFlashAttribute("erreursImage", Map.of("fichier-" + nature, refus));
        }
        return "redirect:" + ADRESSE + "#images";
    }

    @PostMapping("/images/{nature}/supprimer")
    String supprimerImage(@PathVariable NatureImage nature,
            @AuthenticationPrincipal(expression = COMMUNE) String commune, Acteur acteur,
            RedirectAttributes redirection) {
        Parametres.de(parametres, commune);
        parametres.supprimerImage(commune, nature, acteur);
        redirection.addFlashAttribute("succes", nature.libelle() + " supprimé.");
        return "redirect:" + ADRESSE + "#images";
    }

    @GetMapping("/images/{nature}")
    ResponseEntity<byte[]> image(@PathVariable NatureImage nature,
            @AuthenticationPrincipal(expression = COMMUNE) String commune) {
        return Parametres.image(parametres, commune, nature);
    }
}
