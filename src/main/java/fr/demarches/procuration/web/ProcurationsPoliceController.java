package fr.demarches.procuration.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Optional;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.procuration.Acteur;
import fr.demarches.procuration.PieceIdentite;
import fr.demarches.procuration.ProcurationIntrouvableException;
import fr.demarches.procuration.Procurations;
import fr.demarches.procuration.RechercheLimiteeException;
import fr.demarches.shared.Fuseau;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's work in two screens: the reference typed on the home page (police/accueil), then the mandant's
 * identity and the decision; the home page shows the outcome. Every request naming a reference (search, decision,
 * the decision form shown again with its errors) goes through the same limited, journaled look-up: a blocked
 * officer learns nothing from any of them, and an unknown reference gets the same answer everywhere.
 */
@Controller
@RequestMapping("/police/procurations")
class ProcurationsPoliceController {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm").withZone(Fuseau.PARIS);

    private final Procurations procurations;
    private final AvisDecision avis;

    ProcurationsPoliceController(Procurations procurations, AvisDecision avis) {
        this.procurations = procurations;
        this.avis = avis;
    }

    @ModelAttribute("pieces")
    PieceIdentite[] pieces() {
        return PieceIdentite.values();
    }

    @PostMapping("/recherche")
    String rechercher(@AuthenticationPrincipal CompteConnecte officier, @RequestParam(defaultValue = "") String reference,
            HttpServletRequest requete, Model model) {
        model.addAttribute("reference", reference);
        if (reference.isBlank()) {
            model.addAttribute("erreur", "Saisissez la référence à six caractères présentée par le mandant.");
            return "procuration/police/accueil";
        }
        return consulter(officier, reference, false, requete, model).map(trouvee -> {
            model.addAttribute("demande", trouvee);
            return "procuration/police/demande";
        }).orElse("procuration/police/accueil");
    }

    @PostMapping("/decision")
    String decider(@AuthenticationPrincipal CompteConnecte officier, @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String pieceType,
            @RequestParam(defaultValue = "") String pieceNumero, @RequestParam(defaultValue = "") String motif,
            HttpServletRequest requete, Model model, RedirectAttributes suite) {
        var acteur = acteur(officier, requete);
        boolean valider = "valider".equals(decision);
        var piece = PieceIdentite.depuis(pieceType);
        var erreurs = new LinkedHashMap<String, String>();
        if (valider) {
            if (pieceType.isBlank()) {
                erreurs.put("erreurPieceType", "Choisissez le type de la pièce d'identité présentée.");
            } else if (piece.isEmpty()) {
                erreurs.put("erreurPieceType", "Choisissez le type de pièce parmi ceux proposés.");
            }
            if (pieceNumero.isBlank()) {
                erreurs.put("erreurPieceNumero", "Saisissez le numéro de la pièce d'identité présentée.");
            } else if (pieceNumero.length() > 50) {
                erreurs.put("erreurPieceNumero", "Le numéro ne doit pas dépasser 50 caractères.");
            }
        } else if (motif.isBlank()) {
            erreurs.put("erreurMotif", "Indiquez le motif du refus : le mandant le lira.");
        } else if (motif.length() > 1000) {
            erreurs.put("erreurMotif", "Le motif ne doit pas dépasser 1 000 caractères.");
        }
        if (!erreurs.isEmpty()) {
            // The form again, with the request: looked up (and counted) like a search, never for free.
            model.addAttribute("reference", reference);
            return consulter(officier, reference, true, requete, model).map(trouvee -> {
                model.addAllAttributes(erreurs);
                model.addAttribute("demande", trouvee);
                model.addAttribute("pieceType", pieceType);
                model.addAttribute("pieceNumero", pieceNumero);
                model.addAttribute("motif", motif);
                return "procuration/police/demande";
            }).orElse("procuration/police/accueil");
        }
        Procurations.PourOfficier resultat;
        try {
            resultat = valider
                    ? procurations.validerParAutorite(reference, piece.orElseThrow(), pieceNumero.strip(), acteur)
                    : procurations.refuserParAutorite(reference, motif.strip(), acteur);
        } catch (RechercheLimiteeException e) {
            suite.addFlashAttribute("erreur", limite(e));
            return "redirect:/police";
        } catch (ProcurationIntrouvableException | ObjectOptimisticLockingFailureException dejaTraitee) {
            // Unknown, decided by another officer meanwhile, or just expired: the same answer for all three.
            suite.addFlashAttribute("erreur", "La demande " + reference.strip() + " n'est pas ou plus en attente de "
                    + "validation : elle vient peut-être d'être traitée ou a expiré. Aucune décision n'a été enregistrée.");
            return "redirect:/police";
        }
        // The message in the redirect (sealed), not in the session: no session write here, no delete on the home page.
        return "redirect:/police?decision=" + avis.sceller(officier.id(), resultat.vue().reference(),
                resultat.resiliation(), valider);
    }

    /** The counted look-up; when it finds nothing or is refused, the home page's message is in the model. */
    private Optional<Procurations.PourOfficier> consulter(CompteConnecte officier, String reference,
            boolean pourDecision, HttpServletRequest requete, Model model) {
        try {
            var acteur = acteur(officier, requete);
            var trouvee = pourDecision ? procurations.rechercherPourDecision(reference, acteur)
                    : procurations.rechercher(reference, acteur);
            if (trouvee.isEmpty()) {
                model.addAttribute("erreur", "Aucune demande en attente de validation ne correspond à la référence « "
                        + reference.strip() + " ». Vérifiez la saisie : la demande a peut-être expiré ou déjà été traitée.");
            }
            return trouvee;
        } catch (RechercheLimiteeException e) {
            model.addAttribute("erreur", limite(e));
            return Optional.empty();
        }
    }

    private static String limite(RechercheLimiteeException e) {
        return "Trop de recherches de référence en peu de temps pour vous ou votre unité. Nouvel essai possible à "
                + HEURE.format(e.jusqua()) + ".";
    }

    private static Acteur acteur(CompteConnecte officier, HttpServletRequest requete) {
        return new Acteur(officier.id(), officier.getUsername(), officier.uniteId(), requete.getRemoteAddr());
    }
}
