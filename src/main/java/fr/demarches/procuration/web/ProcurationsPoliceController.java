package fr.demarches.procuration.web;

import java.time.format.DateTimeFormatter;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.procuration.Acteur;
import fr.demarches.procuration.ProcurationIntrouvableException;
import fr.demarches.procuration.Procurations;
import fr.demarches.procuration.RechercheLimiteeException;
import fr.demarches.shared.Fuseau;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's work in two screens: the reference typed on the home page (police/accueil), then the mandant's
 * identity and the decision; the home page shows the outcome. The decision looks the reference up again, so no
 * URL exposes a procuration without a counted look-up.
 */
@Controller
@RequestMapping("/police/procurations")
class ProcurationsPoliceController {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm").withZone(Fuseau.PARIS);

    private final Procurations procurations;

    ProcurationsPoliceController(Procurations procurations) {
        this.procurations = procurations;
    }

    @PostMapping("/recherche")
    String rechercher(@AuthenticationPrincipal CompteConnecte officier, @RequestParam(defaultValue = "") String reference,
            HttpServletRequest requete, Model model) {
        model.addAttribute("reference", reference);
        if (reference.isBlank()) {
            model.addAttribute("erreur", "Saisissez la référence à six caractères présentée par le mandant.");
            return "procuration/police/accueil";
        }
        try {
            var trouvee = procurations.rechercher(reference, acteur(officier, requete));
            if (trouvee.isEmpty()) {
                model.addAttribute("erreur", "Aucune demande en attente de validation ne correspond à la référence « "
                        + reference.strip() + " ». Vérifiez la saisie : la demande a peut-être expiré ou déjà été traitée.");
                return "procuration/police/accueil";
            }
            model.addAttribute("demande", trouvee.get());
            return "procuration/police/demande";
        } catch (RechercheLimiteeException e) {
            model.addAttribute("erreur", "Trop de recherches de référence en peu de temps pour vous ou votre unité. "
                    + "Nouvel essai possible à " + HEURE.format(e.jusqua()) + ".");
            return "procuration/police/accueil";
        }
    }

    @PostMapping("/decision")
    String decider(@AuthenticationPrincipal CompteConnecte officier, @RequestParam String reference,
            @RequestParam String decision, @RequestParam(defaultValue = "") String pieceType,
            @RequestParam(defaultValue = "") String pieceNumero, @RequestParam(defaultValue = "") String motif,
            HttpServletRequest requete, Model model, RedirectAttributes suite) {
        var acteur = acteur(officier, requete);
        boolean valider = "valider".equals(decision);
        if (valider && (pieceType.isBlank() || pieceNumero.isBlank())) {
            if (pieceType.isBlank()) {
                model.addAttribute("erreurPieceType", "Choisissez le type de la pièce d'identité présentée.");
            }
            if (pieceNumero.isBlank()) {
                model.addAttribute("erreurPieceNumero", "Saisissez le numéro de la pièce d'identité présentée.");
            }
            return reafficher(reference, pieceType, pieceNumero, motif, model);
        }
        if (!valider && motif.isBlank()) {
            model.addAttribute("erreurMotif", "Indiquez le motif du refus : le mandant le lira.");
            return reafficher(reference, pieceType, pieceNumero, motif, model);
        }
        if (motif.length() > 1000 || pieceNumero.length() > 50) {
            model.addAttribute("erreurMotif", "Le motif ne doit pas dépasser 1 000 caractères.");
            return reafficher(reference, pieceType, pieceNumero, motif, model);
        }
        Procurations.PourOfficier resultat;
        try {
            resultat = valider
                    ? procurations.validerParAutorite(reference, pieceType, pieceNumero.strip(), acteur)
                    : procurations.refuserParAutorite(reference, motif.strip(), acteur);
        } catch (ProcurationIntrouvableException | ObjectOptimisticLockingFailureException dejaTraitee) {
            // Another officer decided meanwhile, or the request just expired.
            suite.addFlashAttribute("erreur", "La demande " + reference + " n'est plus en attente de validation : "
                    + "elle vient d'être traitée ou a expiré. Aucune décision n'a été enregistrée.");
            return "redirect:/police";
        }
        String quoi = resultat.resiliation() ? "La résiliation de la procuration " : "La procuration ";
        suite.addFlashAttribute("succes", quoi + resultat.vue().reference() + (valider
                ? " est validée. Elle est transmise à la commune et le mandant en est informé par courriel."
                : " est refusée. Le mandant en est informé par courriel."));
        return "redirect:/police";
    }

    private String reafficher(String reference, String pieceType, String pieceNumero, String motif, Model model) {
        var trouvee = procurations.pourOfficier(reference).orElseThrow(ProcurationIntrouvableException::new);
        model.addAttribute("demande", trouvee);
        model.addAttribute("reference", reference);
        model.addAttribute("pieceType", pieceType);
        model.addAttribute("pieceNumero", pieceNumero);
        model.addAttribute("motif", motif);
        return "procuration/police/demande";
    }

    private static Acteur acteur(CompteConnecte officier, HttpServletRequest requete) {
        return new Acteur(officier.id(), officier.getUsername(), officier.uniteId(), requete.getRemoteAddr());
    }
}
