package fr.demarches.compte.web.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.AdministrationComptes.NouvelOfficier;
import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.Espace;
import fr.demarches.compte.ImportOfficiers;
import fr.demarches.compte.QualiteOfficier;
import fr.demarches.compte.TypeUnite;
import fr.demarches.compte.UniteVue;
import fr.demarches.shared.Dates;
import fr.demarches.shared.ErreursFormulaire;
import fr.demarches.shared.SansControle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Police stations and gendarmerie brigades, and their officers (one by one or imported from a CSV file). */
@Controller
@RequestMapping("/admin/unites")
class UnitesController {

    private static final int TAILLE_MAX_CSV = 512 * 1024;

    private final AdministrationComptes comptes;
    private final ImportOfficiers importOfficiers;

    UnitesController(AdministrationComptes comptes, ImportOfficiers importOfficiers) {
        this.comptes = comptes;
        this.importOfficiers = importOfficiers;
    }

    @GetMapping
    String liste(Model model) {
        return pageListe(new NouvelleUnite(null, null, null, null), Map.of(), model);
    }

    @PostMapping
    String creer(@Valid @ModelAttribute("formulaire") NouvelleUnite formulaire, BindingResult resultat,
            Acteur acteur, RedirectAttributes redirection,
            Model model) {
        var erreurs = ErreursFormulaire.de(resultat, NouvelleUnite.class);
        if (!erreurs.isEmpty()) {
            return pageListe(formulaire, erreurs, model);
        }
        UUID id = comptes.creerUnite(formulaire.type(), formulaire.nom().strip(),
                formulaire.adresse() == null || formulaire.adresse().isBlank() ? null : formulaire.adresse().strip(),
                formulaire.departement().strip().toUpperCase(), acteur);
        redirection.addFlashAttribute("succes", "Unité créée : ajoutez maintenant ses officiers.");
        return "redirect:/admin/unites/" + id;
    }

    @GetMapping("/{id}")
    String unite(@PathVariable UUID id, Model model) {
        return pageUnite(unite(id), new NouvelOfficierSaisi(null, null, null, null, null), Map.of(), model);
    }

    @PostMapping("/{id}/officiers")
    String creerOfficier(@PathVariable UUID id, @Valid @ModelAttribute("formulaire") NouvelOfficierSaisi formulaire,
            BindingResult resultat, Acteur acteur, RedirectAttributes redirection, Model model) {
        var unite = unite(id);
        var erreurs = new LinkedHashMap<>(ErreursFormulaire.de(resultat, NouvelOfficierSaisi.class));
        LocalDate fin = date(formulaire.habilitationFin());
        if (!erreurs.containsKey("habilitationFin")) {
            if (fin == null) {
                erreurs.put("habilitationFin", "Saisissez une date valide, par exemple 31/12/2027.");
            } else if (fin.isBefore(comptes.aujourdhui())) {
                erreurs.put("habilitationFin", "La fin d'habilitation ne peut pas être passée.");
            }
        }
        if (!erreurs.containsKey("identifiant") && comptes.existe(Espace.POLICE, formulaire.identifiant().strip())) {
            erreurs.put("identifiant", "Un officier a déjà cet identifiant.");
        }
        if (!erreurs.isEmpty()) {
            return pageUnite(unite, formulaire, ErreursFormulaire.avec(erreurs, Map.of(), NouvelOfficierSaisi.class),
                    model);
        }
        comptes.creerOfficier(new NouvelOfficier(formulaire.identifiant().strip(), formulaire.nom().strip(),
                formulaire.prenoms().strip(), formulaire.qualite(), fin), id, acteur);
        redirection.addFlashAttribute("succes", "Officier créé : " + formulaire.identifiant().strip()
                + " reçoit un lien pour choisir son mot de passe.");
        return "redirect:/admin/unites/" + id;
    }

    /** {@code active}: false to disable the unit (its officers cannot sign in nor act meanwhile), true to enable it. */
    @PostMapping("/{id}/activation")
    String activerUnite(@PathVariable UUID id, @RequestParam boolean active, Acteur acteur,
            RedirectAttributes redirection) {
        comptes.activerUnite(id, active, acteur);
        redirection.addFlashAttribute("succes", active ? "Unité réactivée : ses officiers actifs peuvent de nouveau "
                + "se connecter." : "Unité désactivée : aucun de ses officiers ne peut plus se connecter ni agir.");
        return "redirect:/admin/unites/" + id;
    }

    @PostMapping("/{id}/officiers/{officier}/activation")
    String activerOfficier(@PathVariable UUID id, @PathVariable UUID officier, @RequestParam boolean actif,
            Acteur acteur, RedirectAttributes redirection) {
        comptes.activerOfficier(id, officier, actif, acteur);
        redirection.addFlashAttribute("succes", actif ? "Officier réactivé."
                : "Officier désactivé : il ne peut plus se connecter, et ses sessions ouvertes s'arrêtent.");
        return "redirect:/admin/unites/" + id;
    }

    @PostMapping("/{id}/import")
    String importer(@PathVariable UUID id, @RequestParam(required = false) MultipartFile fichier,
            Acteur acteur, RedirectAttributes redirection)
            throws IOException {
        unite(id);
        if (fichier == null || fichier.isEmpty()) {
            redirection.addFlashAttribute("erreurImport", "Choisissez un fichier CSV.");
        } else if (fichier.getSize() > TAILLE_MAX_CSV) {
            redirection.addFlashAttribute("erreurImport", "Le fichier ne doit pas dépasser 512 Ko.");
        } else {
            var rapport = importOfficiers.importer(id, new String(fichier.getBytes(), StandardCharsets.UTF_8),
                    acteur);
            if (rapport.erreurs().isEmpty()) {
                redirection.addFlashAttribute("succes", rapport.crees()
                        + " officier(s) créé(s) ; chacun reçoit un lien pour choisir son mot de passe.");
            } else {
                redirection.addFlashAttribute("erreursImport", rapport.erreurs());
            }
        }
        return "redirect:/admin/unites/" + id + "#import";
    }

    private UniteVue unite(UUID id) {
        return comptes.unite(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String pageListe(NouvelleUnite formulaire, Map<String, String> erreurs, Model model) {
        model.addAttribute("unites", comptes.unites());
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("types", TypeUnite.values());
        return "compte/admin/unites";
    }

    private String pageUnite(UniteVue unite, NouvelOfficierSaisi formulaire, Map<String, String> erreurs, Model model) {
        model.addAttribute("unite", unite);
        model.addAttribute("officiers", comptes.officiers(unite.id()));
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("qualites", QualiteOfficier.values());
        model.addAttribute("entete", ImportOfficiers.ENTETE);
        return "compte/admin/unite";
    }

    private static LocalDate date(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            return null;
        }
        try {
            return Dates.lire(saisie);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    record NouvelleUnite(
            @NotNull(message = "Choisissez le type d'unité.") TypeUnite type,
            @NotBlank(message = "Indiquez le nom de l'unité.") @Size(max = 200, message = "Le nom est trop long.")
            @SansControle String nom,
            @Size(max = 500, message = "L'adresse est trop longue.") String adresse,
            @NotBlank(message = "Indiquez le département.")
            @Pattern(regexp = "\\s*(\\d{2}|2[AaBb]|97\\d)\\s*", message = "Saisissez un numéro de département, par exemple 92 ou 2A.")
            String departement) {
    }

    record NouvelOfficierSaisi(
            @NotBlank(message = "Indiquez l'adresse électronique professionnelle.")
            @Email(message = "Saisissez une adresse électronique valide, par exemple prenom.nom@interieur.gouv.fr.")
            @Size(max = 254, message = "L'adresse est trop longue.")
            String identifiant,
            @NotBlank(message = "Indiquez le nom.") @Size(max = 200, message = "Le nom est trop long.") @SansControle
            String nom,
            @NotBlank(message = "Indiquez le prénom.") @Size(max = 200, message = "Le prénom est trop long.")
            @SansControle String prenoms,
            @NotNull(message = "Choisissez la qualité : OPJ ou APJ.") QualiteOfficier qualite,
            @NotBlank(message = "Indiquez la date de fin d'habilitation.") String habilitationFin) {
    }
}
