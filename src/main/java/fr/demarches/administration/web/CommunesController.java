package fr.demarches.administration.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.FormulaireParametres;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Referentiel;
import fr.demarches.shared.ErreursFormulaire;
import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.shared.RefusAdministration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's view of any commune: postal-code corrections for every commune of the
 * referential, settings and images of a connected one, and its administrators.
 */
@Controller
@RequestMapping("/admin/communes")
class CommunesController {

    private final Referentiel referentiel;
    private final ParametresCommune parametres;
    private final AdministrationComptes comptes;

    CommunesController(Referentiel referentiel, ParametresCommune parametres, AdministrationComptes comptes) {
        this.referentiel = referentiel;
        this.parametres = parametres;
        this.comptes = comptes;
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
        return "admin/communes";
    }

    @GetMapping("/{insee}")
    String commune(@PathVariable String insee, Model model) {
        return page(insee, null, Map.of(), Parametres.erreursImage(model), model);
    }

    @PostMapping("/{insee}/parametres")
    String enregistrer(@PathVariable String insee, @Valid @ModelAttribute("formulaire") FormulaireParametres formulaire,
            BindingResult resultat, @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete,
            RedirectAttributes redirection, Model model) {
        Parametres.de(parametres, insee);
        var erreurs = Parametres.enregistrer(parametres, insee, formulaire, resultat, Acteurs.de(admin, requete),
                redirection);
        if (erreurs != null) {
            return page(insee, formulaire, erreurs, Map.of(), model);
        }
        return "redirect:/admin/communes/" + insee;
    }

    @PostMapping("/{insee}/images")
    String deposerImage(@PathVariable String insee, @RequestParam NatureImage nature,
            @RequestParam(required = false) MultipartFile fichier, @AuthenticationPrincipal CompteConnecte admin,
            HttpServletRequest requete, RedirectAttributes redirection) throws IOException {
        Parametres.de(parametres, insee);
        String refus = Parametres.deposerImage(parametres, insee, nature, fichier, Acteurs.de(admin, requete),
                redirection);
        if (refus != null) {
            redirection.addFlashAttribute("erreursImage", Map.of("fichier-" + nature, refus));
        }
        return "redirect:/admin/communes/" + insee + "#images";
    }

    @PostMapping("/{insee}/images/{nature}/supprimer")
    String supprimerImage(@PathVariable String insee, @PathVariable NatureImage nature,
            @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete, RedirectAttributes redirection) {
        Parametres.de(parametres, insee);
        parametres.supprimerImage(insee, nature, Acteurs.de(admin, requete));
        redirection.addFlashAttribute("succes", nature.libelle() + " supprimé.");
        return "redirect:/admin/communes/" + insee + "#images";
    }

    @GetMapping("/{insee}/images/{nature}")
    ResponseEntity<byte[]> image(@PathVariable String insee, @PathVariable NatureImage nature) {
        return Parametres.image(parametres, insee, nature);
    }

    @PostMapping("/{insee}/codes-postaux")
    String ajouterCodePostal(@PathVariable String insee, @RequestParam(defaultValue = "") String codePostal,
            @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete, RedirectAttributes redirection) {
        var commune = commune(insee);
        String cp = codePostal.strip();
        if (!cp.matches("\\d{5}")) {
            redirection.addFlashAttribute("erreurCodePostal", "Le code postal se compose de 5 chiffres, par exemple 92000.");
            redirection.addFlashAttribute("codePostalSaisi", codePostal);
        } else if (commune.codesPostaux().contains(cp)) {
            redirection.addFlashAttribute("erreurCodePostal", "La commune a déjà le code postal " + cp + ".");
            redirection.addFlashAttribute("codePostalSaisi", codePostal);
        } else {
            parametres.ajouterCodePostal(insee, cp, Acteurs.de(admin, requete));
            redirection.addFlashAttribute("succes", "Code postal " + cp + " ajouté à " + commune.libelle() + ".");
        }
        return "redirect:/admin/communes/" + insee + "#codes-postaux";
    }

    @PostMapping("/{insee}/codes-postaux/{codePostal}/retirer")
    String retirerCodePostal(@PathVariable String insee, @PathVariable String codePostal,
            @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete, RedirectAttributes redirection) {
        var commune = commune(insee);
        if (!commune.codesPostaux().contains(codePostal)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            parametres.retirerCodePostal(insee, codePostal, Acteurs.de(admin, requete));
            redirection.addFlashAttribute("succes", "Code postal " + codePostal + " retiré de " + commune.libelle() + ".");
        } catch (RefusAdministration e) {
            redirection.addFlashAttribute("echec", e.getMessage());
        }
        return "redirect:/admin/communes/" + insee + "#codes-postaux";
    }

    @PostMapping("/{insee}/administrateurs/{id}/reinitialiser")
    String reinitialiser(@PathVariable String insee, @PathVariable UUID id,
            @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete, RedirectAttributes redirection) {
        commune(insee);
        try {
            comptes.reinitialiserAdministrateurCommune(id, insee, Acteurs.de(admin, requete));
        } catch (RefusAdministration e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirection.addFlashAttribute("succes", "Mot de passe retiré : l'administrateur reçoit un lien pour en choisir un nouveau.");
        return "redirect:/admin/communes/" + insee + "#administrateurs";
    }

    /** Disables one administrator of the commune and opens an account for the person replacing them. */
    @PostMapping("/{insee}/administrateurs/remplacer")
    String remplacer(@PathVariable String insee, @RequestParam(required = false) UUID ancien,
            @Valid @ModelAttribute("remplacant") NouveauCompte remplacant, BindingResult resultat,
            @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete, RedirectAttributes redirection,
            Model model) {
        commune(insee);
        var remplace = comptes.administrateursCommune(insee).stream()
                .filter(c -> c.actif() && c.id().equals(ancien)).findFirst();
        var erreurs = new java.util.LinkedHashMap<String, String>();
        if (remplace.isEmpty()) {
            erreurs.put("ancien", "Choisissez l'administrateur à remplacer.");
        }
        erreurs.putAll(ErreursFormulaire.de(resultat, NouveauCompte.class));
        if (!erreurs.containsKey("identifiant") && comptes.existe(Espace.MAIRIE, remplacant.identifiantNet())) {
            erreurs.put("identifiant", "Un compte du Gestionnaire de Suivi a déjà cette adresse.");
        }
        if (!erreurs.isEmpty()) {
            model.addAttribute("erreursRemplacant", erreurs);
            return page(insee, null, Map.of(), Map.of(), model);
        }
        comptes.remplacerAdministrateurCommune(ancien, insee, remplacant.identifiantNet(), remplacant.nom().strip(),
                remplacant.prenoms().strip(), Acteurs.de(admin, requete));
        redirection.addFlashAttribute("succes", remplace.get().identifiant() + " est désactivé ; "
                + remplacant.identifiantNet() + " reçoit un lien pour choisir son mot de passe.");
        return "redirect:/admin/communes/" + insee + "#administrateurs";
    }

    private CommuneResume commune(String insee) {
        return referentiel.parCodeInsee(insee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(String insee, FormulaireParametres formulaire, Map<String, String> erreurs,
            Map<String, String> erreursImage, Model model) {
        var commune = commune(insee);
        model.addAttribute("commune", commune);
        model.addAttribute("administrateurs", comptes.administrateursCommune(insee));
        if (!model.containsAttribute("remplacant")) {
            model.addAttribute("remplacant", NouveauCompte.vide());
        }
        if (!model.containsAttribute("erreursRemplacant")) {
            model.addAttribute("erreursRemplacant", Map.of());
        }
        parametres.de(insee).ifPresentOrElse(
                vue -> Parametres.modele(vue, formulaire == null ? FormulaireParametres.de(vue) : formulaire, erreurs,
                        erreursImage, "/admin/communes/" + insee, model),
                () -> model.addAttribute("parametres", null));
        return "admin/commune";
    }
}
