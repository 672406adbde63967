package fr.demarches.teledossier.web.usager;

import fr.demarches.commune.Procedure;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.document.DocumentUsager;
import fr.demarches.document.Documents;
import fr.demarches.teledossier.SuiviUsager;
import fr.demarches.teledossier.internal.Brouillons;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** "Mes démarches": the citizen's requests with their history, the mairie's documents, the drafts in progress. */
@Controller
class TableauDeBordController {

    private final SuiviUsager suivi;
    private final Documents documents;
    private final Brouillons brouillons;

    TableauDeBordController(SuiviUsager suivi, Documents documents, Brouillons brouillons) {
        this.suivi = suivi;
        this.documents = documents;
        this.brouillons = brouillons;
    }

    @GetMapping("/tableau-de-bord")
    String tableauDeBord(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("dossiers", suivi.dossiers(usager.id()));
        model.addAttribute("documentsMairie", documents.lister(usager.id()).stream()
                .filter(DocumentUsager::recuDeLaCommune).toList());
        model.addAttribute("brouillonIle", brouillons.lire(usager.id(), Procedure.ILE, FormulaireIle.class).isPresent());
        model.addAttribute("brouillonRco", brouillons.lire(usager.id(), Procedure.RCO, FormulaireRco.class).isPresent());
        return "teledossier/usager/tableau-de-bord";
    }

    /** The page after submission; another citizen's number is answered 404, like an unknown one. */
    @GetMapping("/demarches/confirmation/{numero}")
    String confirmation(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String numero, Model model) {
        model.addAttribute("dossier", suivi.dossier(usager.id(), numero).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "teledossier/usager/confirmation";
    }
}
