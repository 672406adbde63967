package fr.demarches.compte.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.compte.Profils;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mes informations": the citizen's profile, one form; the search buttons only refresh the lists of communes. */
@Controller
class InformationsController {

    private final Profils profils;
    private final Referentiel referentiel;
    private final Clock horloge;

    InformationsController(Profils profils, Referentiel referentiel, Clock horloge) {
        this.profils = profils;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    @GetMapping("/compte/informations")
    String informations(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        var formulaire = FormulaireProfil.de(profils.ouVide(usager.id()), referentiel);
        model.addAttribute("formulaire", formulaire);
        return page(formulaire, model);
    }

    @PostMapping("/compte/informations")
    String enregistrer(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") FormulaireProfil saisi, BindingResult erreurs,
            HttpServletRequest requete, Model model, RedirectAttributes suite) {
        // Checked and saved with its communes completed; a page shown again keeps what was typed (and its errors).
        var formulaire = saisi.avecCommunes(referentiel);
        if (!formulaire.enregistrer()) {
            return page(saisi, model);
        }
        var profil = formulaire.verifier(referentiel.parCodePostal(formulaire.codePostalNaissance()),
                referentiel.parCodePostal(formulaire.codePostal()), LocalDate.now(horloge), erreurs);
        if (profil.isEmpty()) {
            return page(saisi, model);
        }
        profils.enregistrer(new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(), requete.getRemoteAddr()),
                profil.get(), null);
        suite.addFlashAttribute("succes", "Vos informations sont enregistrées.");
        return "redirect:/compte/informations";
    }

    private String page(FormulaireProfil formulaire, Model model) {
        var compte = (CompteConnecte) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
        var certification = profils.certification(compte.id()).orElse(null);
        model.addAttribute("certification", certification);
        if (certification != null && formulaire.naissanceCommuneInsee() != null) {
            model.addAttribute("communeNaissance", referentiel.parCodeInsee(formulaire.naissanceCommuneInsee())
                    .map(c -> c.libelle()).orElse(formulaire.naissanceCommuneInsee()));
        }
        model.addAttribute("communesNaissance", communes(formulaire.codePostalNaissance()));
        model.addAttribute("communesAdresse", communes(formulaire.codePostal()));
        return "compte/usager/informations";
    }

    private List<CommuneResume> communes(String codePostal) {
        return referentiel.parCodePostal(codePostal);
    }
}
