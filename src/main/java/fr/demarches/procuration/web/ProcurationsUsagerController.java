package fr.demarches.procuration.web;

import java.util.UUID;

import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ConnexionCertifiee;
import fr.demarches.compte.IdentiteAttestee;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.compte.Profils;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.procuration.Portee;
import fr.demarches.procuration.ProcurationIntrouvableException;
import fr.demarches.procuration.Procurations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandant's side: the list of procurations, the request (form, review, submit — the review page carries the
 * answers in hidden fields, so nothing sits in the session), one procuration, and the cancellation.
 */
@Controller
@RequestMapping("/procuration")
class ProcurationsUsagerController {

    private final Procurations procurations;
    private final VerificationDemande verification;
    private final Profils profils;
    private final Referentiel referentiel;

    ProcurationsUsagerController(Procurations procurations, VerificationDemande verification, Profils profils,
            Referentiel referentiel) {
        this.procurations = procurations;
        this.verification = verification;
        this.profils = profils;
        this.referentiel = referentiel;
    }

    @Bean
    static EntreeMenu menuProcurations() {
        return new EntreeMenu(Portail.USAGER, 30, "Mes procurations", "/procuration", EntreeMenu.AUTHENTIFIE);
    }

    @GetMapping
    String liste(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("procurations", procurations.duMandant(usager.id()));
        return "procuration/usager/liste";
    }

    /** Prefilled from the profile, as every other form is. */
    @GetMapping("/nouvelle")
    String formulaire(@AuthenticationPrincipal CompteConnecte usager, Authentication connexion, Model model) {
        return afficherFormulaire(FormulaireProcuration.depuis(profils.ouVide(usager.id()), referentiel), usager,
                connexion, model);
    }

    /** Back from the review page, with the answers. */
    @PostMapping("/nouvelle")
    String modifier(@AuthenticationPrincipal CompteConnecte usager, Authentication connexion,
            @ModelAttribute("formulaire") FormulaireProcuration formulaire, Model model) {
        return afficherFormulaire(formulaire, usager, connexion, model);
    }

    @PostMapping("/verification")
    String verifier(@AuthenticationPrincipal CompteConnecte usager, Authentication connexion,
            @Valid @ModelAttribute("formulaire") FormulaireProcuration formulaire, BindingResult erreurs, Model model) {
        var demande = verification.verifier(formulaire, usager, certifie(usager), erreurs);
        if (demande.isEmpty()) {
            return afficherFormulaire(formulaire, usager, connexion, model);
        }
        model.addAttribute("enLigne", procurations.etablissementEnLigne(attestation(connexion)));
        model.addAttribute("demande", demande.get());
        model.addAttribute("cle", UUID.randomUUID());
        model.addAttribute("communeMandant", verification.communes(formulaire.codePostal()).stream()
                .filter(c -> c.codeInsee().equals(demande.get().communeInsee())).findFirst().orElseThrow().libelle());
        model.addAttribute("communeMandataire", demande.get().communeMandataire() == null ? null
                : verification.communes(formulaire.codePostalMandataire()).stream()
                        .filter(c -> c.codeInsee().equals(demande.get().communeMandataire())).findFirst().orElseThrow()
                        .libelle());
        return "procuration/usager/verification";
    }

    /**
     * {@code cle}: the review page's key of this submission. Posted again (double click, back then send), the form
     * finds its procuration already recorded — the key's unique index refuses the second one, whole — and shows it.
     */
    @PostMapping
    String deposer(@AuthenticationPrincipal CompteConnecte usager, Authentication connexion,
            @Valid @ModelAttribute("formulaire") FormulaireProcuration formulaire, BindingResult erreurs, Model model,
            @RequestParam(required = false) UUID cle, HttpServletRequest requete) {
        var demande = verification.verifier(formulaire, usager, certifie(usager), erreurs);
        if (demande.isEmpty()) {
            return afficherFormulaire(formulaire, usager, connexion, model);
        }
        UUID envoi = cle == null ? UUID.randomUUID() : cle;
        UUID id;
        try {
            id = procurations.deposer(demande.get(), attestation(connexion), envoi, requete.getRemoteAddr()).id();
        } catch (DataIntegrityViolationException e) {
            id = procurations.dejaDeposee(usager.id(), envoi).orElseThrow(() -> e).id();
        }
        // Said by the redirect's parameter, not a flash attribute: no session write (the page reads the request anyway).
        return "redirect:/procuration/" + id + "?deposee=1";
    }

    @PostMapping("/{id}/resiliation")
    String resilier(@AuthenticationPrincipal CompteConnecte usager, Authentication connexion, @PathVariable String id,
            HttpServletRequest requete, RedirectAttributes suite) {
        var vue = procurations.duMandant(usager.id(), lire(id));
        // A cancellation waiting for an officer may be established online instead, at the required sign-in level.
        boolean enLigne = procurations.etablissementEnLigne(attestation(connexion));
        if (!vue.resiliable() && !(enLigne && vue.resiliationEnAttente())) {
            suite.addFlashAttribute("erreur", "Cette procuration ne peut pas être résiliée dans son état actuel.");
            return "redirect:/procuration/" + id;
        }
        procurations.demanderResiliation(usager.id(), vue.id(), attestation(connexion), requete.getRemoteAddr());
        suite.addFlashAttribute("resiliationDemandee", true);
        return "redirect:/procuration/" + id;
    }

    @GetMapping("/{id}")
    String procuration(@AuthenticationPrincipal CompteConnecte usager, Authentication connexion, @PathVariable String id,
            @RequestParam(required = false) String deposee, Model model) {
        model.addAttribute("procuration", procurations.duMandant(usager.id(), lire(id)));
        if (deposee != null) {
            model.addAttribute("deposee", true);
        }
        model.addAttribute("enLigne", procurations.etablissementEnLigne(attestation(connexion)));
        return "procuration/usager/procuration";
    }

    /** The certified part of the mandant's identity (FranceConnect), which the form shows locked; null if none. */
    private ProfilUsager certifie(CompteConnecte usager) {
        return profils.certification(usager.id()).isPresent() ? profils.ouVide(usager.id()) : null;
    }

    private static IdentiteAttestee attestation(Authentication connexion) {
        return ConnexionCertifiee.attestationDe(connexion).orElse(null);
    }

    private String afficherFormulaire(FormulaireProcuration formulaire, CompteConnecte usager, Authentication connexion,
            Model model) {
        var certification = profils.certification(usager.id());
        var attestation = attestation(connexion);
        model.addAttribute("certifie", certification.isPresent());
        model.addAttribute("naissanceCertifiee", certification.map(c -> c.naissance()).orElse(false));
        model.addAttribute("enLigne", procurations.etablissementEnLigne(attestation));
        model.addAttribute("niveauConnexion", attestation == null ? null : attestation.niveau());
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("portees", Portee.values());
        model.addAttribute("communesMandant", verification.communes(formulaire.codePostal()));
        model.addAttribute("communesMandataire", verification.communes(formulaire.codePostalMandataire()));
        return "procuration/usager/formulaire";
    }

    static UUID lire(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProcurationIntrouvableException();
        }
    }
}
