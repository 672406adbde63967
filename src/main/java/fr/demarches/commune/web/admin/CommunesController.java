package fr.demarches.commune.web.admin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.FormulaireParametres;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Referentiel;
import fr.demarches.commune.RefusCommune;
import fr.demarches.commune.web.Parametres;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's view of any commune: postal-code corrections for every commune of the
 * referential, settings and images of a connected one. Its administrators' accounts have their own page, in the
 * accounts module ({@code /admin/communes/{insee}/administrateurs}).
 */
@Controller
@RequestMapping("/admin/communes")
class CommunesController {

    private final Referentiel referentiel;
    private final ParametresCommune parametres;

    CommunesController(Referentiel referentiel, ParametresCommune parametres) {
        this.referentiel = referentiel;
        this.parametres = parametres;
    }

    @GetMapping
    String recherche(@RequestParam(required = false) String recherche, Model model) {
        String saisie = recherche == null ? "" : recherche.strip();
        List<CommuneResume> trouvees = referentiel.parCodePostal(saisie);
        if (trouvees.isEmpty()) {
            trouvees = referentiel.parCodeInsee(saisie.toUpperCase()).map(List::of).orElse(List.of());
        }
        model.addAttribute("recherche", saisie);
        model.addAttribute("communes", trouvees);
        return "commune/admin/communes";
    }

    @GetMapping("/{insee}")
    String commune(@PathVariable String insee, Model model) {
        return page(insee, null, Map.of(), Parametres.erreursImage(model), model);
    }

    @PostMapping("/{insee}/parametres")
    String enregistrer(@PathVariable String insee, @Valid @ModelAttribute("formulaire") FormulaireParametres formulaire,
            BindingResult resultat, Acteur acteur, RedirectAttributes redirection, Model model) {
        Parametres.de(parametres, insee);
        var erreurs = Parametres.enregistrer(parametres, insee, formulaire, resultat, acteur,
                redirection);
        if (erreurs != null) {
            return page(insee, formulaire, erreurs, Map.of(), model);
        }
        return "redirect:/admin/communes/" + insee;
    }

    @PostMapping("/{insee}/images")
    String deposerImage(@PathVariable String insee, @RequestParam NatureImage nature,
            @RequestParam(required = false) MultipartFile fichier, Acteur acteur, RedirectAttributes redirection)
            throws IOException {
        Parametres.de(parametres, insee);
        String refus = Parametres.deposerImage(parametres, insee, nature, fichier, acteur,
                redirection);
        if (refus != null) {
            redirection.addFlashAttribute("erreursImage", Map.of("fichier-" + nature, refus));
        }
        return "redirect:/admin/communes/" + insee + "#images";
    }

    @PostMapping("/{insee}/images/{nature}/supprimer")
    String supprimerImage(@PathVariable String insee, @PathVariable NatureImage nature,
            Acteur acteur, RedirectAttributes redirection) {
        Parametres.de(parametres, insee);
        parametres.supprimerImage(insee, nature, acteur);
        redirection.addFlashAttribute("succes", nature.libelle() + " supprimé.");
        return "redirect:/admin/communes/" + insee + "#images";
    }

    @GetMapping("/{insee}/images/{nature}")
    ResponseEntity<byte[]> image(@PathVariable String insee, @PathVariable NatureImage nature) {
        return Parametres.image(parametres, insee, nature);
    }

    @PostMapping("/{insee}/codes-postaux")
    String ajouterCodePostal(@PathVariable String insee, @RequestParam(defaultValue = "") String codePostal,
            Acteur acteur, RedirectAttributes redirection) {
        var commune = commune(insee);
        String cp = codePostal.strip();
        if (!cp.matches("\\d{5}")) {
            redirection.addFlashAttribute("erreurCodePostal", "Le code postal se compose de 5 chiffres, par exemple 92000.");
            redirection.addFlashAttribute("codePostalSaisi", codePostal);
        } else if (commune.codesPostaux().contains(cp)) {
            redirection.addFlashAttribute("erreurCodePostal", "La commune a déjà le code postal " + cp + ".");
            redirection.addFlashAttribute("codePostalSaisi", codePostal);
        } else {
            parametres.ajouterCodePostal(insee, cp, acteur);
            redirection.addFlashAttribute("succes", "Code postal " + cp + " ajouté à " + commune.libelle() + ".");
        }
        return "redirect:/admin/communes/" + insee + "#codes-postaux";
    }

    @PostMapping("/{insee}/codes-postaux/{codePostal}/retirer")
    String retirerCodePostal(@PathVariable String insee, @PathVariable String codePostal,
            Acteur acteur, RedirectAttributes redirection) {
        var commune = commune(insee);
        if (!commune.codesPostaux().contains(codePostal)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            parametres.retirerCodePostal(insee, codePostal, acteur);
            redirection.addFlashAttribute("succes", "Code postal " + codePostal + " retiré de " + commune.libelle() + ".");
        } catch (RefusCommune e) {
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:/admin/communes/" + insee + "#codes-postaux";
    }

    private CommuneResume commune(String insee) {
        return referentiel.parCodeInsee(insee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(String insee, FormulaireParametres formulaire, Map<String, String> erreurs,
            Map<String, String> erreursImage, Model model) {
        var commune = commune(insee);
        model.addAttribute("commune", commune);
        parametres.de(insee).ifPresentOrElse(
                vue -> Parametres.modele(vue, formulaire == null ? FormulaireParametres.de(vue) : formulaire, erreurs,
                        erreursImage, "/admin/communes/" + insee, model),
                () -> model.addAttribute("parametres", null));
        return "commune/admin/commune";
    }
}
