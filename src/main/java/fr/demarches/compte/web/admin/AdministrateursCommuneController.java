package fr.demarches.compte.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.Espace;
import fr.demarches.compte.RefusCompte;
import fr.demarches.compte.web.NouveauCompte;
import fr.demarches.shared.ErreursFormulaire;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators of one commune, for the platform administrator: their state, a new set-password link, and the
 * replacement of one who leaves. Linked from the commune's page.
 */
@Controller
@RequestMapping("/admin/communes/{insee}/administrateurs")
class AdministrateursCommuneController {

    private final Referentiel referentiel;
    private final AdministrationComptes comptes;

    AdministrateursCommuneController(Referentiel referentiel, AdministrationComptes comptes) {
        this.referentiel = referentiel;
        this.comptes = comptes;
    }

    @GetMapping
    String administrateurs(@PathVariable String insee, Model model) {
        return page(commune(insee), NouveauCompte.vide(), Map.of(), model);
    }

    @PostMapping("/{id}/reinitialiser")
    String reinitialiser(@PathVariable String insee, @PathVariable UUID id, Acteur acteur,
            RedirectAttributes redirection) {
        commune(insee);
        try {
            comptes.reinitialiserAdministrateurCommune(id, insee, acteur);
        } catch (RefusCompte.Introuvable e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (RefusCompte refus) {
            redirection.addFlashAttribute("echec", refus.getMessage());
            return "redirect:" + adresse(insee);
        }
        redirection.addFlashAttribute("succes", "Mot de passe retiré : l'administrateur reçoit un lien pour en choisir un nouveau.");
        return "redirect:" + adresse(insee);
    }

    /** Disables one administrator of the commune and opens an account for the person replacing them. */
    @PostMapping("/remplacer")
    String remplacer(@PathVariable String insee, @RequestParam(required = false) UUID ancien,
            @Valid @ModelAttribute("remplacant") NouveauCompte remplacant, BindingResult resultat, Acteur acteur,
            RedirectAttributes redirection, Model model) {
        var commune = commune(insee);
        var remplace = comptes.administrateursCommune(insee).stream()
                .filter(c -> c.actif() && c.id().equals(ancien)).findFirst();
        var erreurs = new LinkedHashMap<String, String>();
        if (remplace.isEmpty()) {
            erreurs.put("ancien", "Choisissez l'administrateur à remplacer.");
        }
        erreurs.putAll(ErreursFormulaire.de(resultat, NouveauCompte.class));
        if (!erreurs.containsKey("identifiant") && comptes.existe(Espace.MAIRIE, remplacant.identifiantNet())) {
            erreurs.put("identifiant", "Un compte du Gestionnaire de Suivi a déjà cette adresse.");
        }
        if (!erreurs.isEmpty()) {
            return page(commune, remplacant, erreurs, model);
        }
        comptes.remplacerAdministrateurCommune(ancien, insee, remplacant.identifiantNet(), remplacant.nom().strip(),
                remplacant.prenoms().strip(), acteur);
        redirection.addFlashAttribute("succes", remplace.get().identifiant() + " est désactivé ; "
                + remplacant.identifiantNet() + " reçoit un lien pour choisir son mot de passe.");
        return "redirect:" + adresse(insee);
    }

    private static String adresse(String insee) {
        return "/admin/communes/" + insee + "/administrateurs";
    }

    private CommuneResume commune(String insee) {
        return referentiel.parCodeInsee(insee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(CommuneResume commune, NouveauCompte remplacant, Map<String, String> erreurs, Model model) {
        model.addAttribute("commune", commune);
        model.addAttribute("administrateurs", comptes.administrateursCommune(commune.codeInsee()));
        model.addAttribute("remplacant", remplacant);
        model.addAttribute("erreursRemplacant", erreurs);
        return "compte/admin/administrateurs-commune";
    }
}
