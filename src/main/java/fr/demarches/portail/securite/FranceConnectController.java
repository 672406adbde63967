package fr.demarches.portail.securite;

import fr.demarches.compte.RefusCompte;
import fr.demarches.portail.EchecConnexion;
import fr.demarches.portail.Portail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The FranceConnect button's target (the provider is checked before the browser is sent there, so that an
 * unreachable provider gives our message, not a browser error) and the first sign-in's choice.
 */
@Controller
@RequestMapping("/connexion/franceconnect")
class FranceConnectController {

    private final FranceConnect franceConnect;

    FranceConnectController(FranceConnect franceConnect) {
        this.franceConnect = franceConnect;
    }

    @GetMapping
    String aller(HttpServletRequest requete) {
        if (!franceConnect.disponible()) {
            requete.getSession().setAttribute(EchecConnexion.cle(Portail.USAGER), new EchecConnexion(
                    "FranceConnect est momentanément indisponible. Réessayez plus tard ou connectez-vous avec votre "
                            + "adresse électronique et votre mot de passe.", null));
            return "redirect:/connexion";
        }
        return "redirect:/oauth2/authorization/" + FranceConnect.ID;
    }

    @GetMapping("/premiere")
    String premiere(HttpServletRequest requete, Model model) {
        model.addAttribute("identite", franceConnect.enAttente(requete).identite());
        return "portail/usager/franceconnect-premiere";
    }

    @PostMapping("/creer")
    String creer(HttpServletRequest requete, HttpServletResponse reponse, Model model) {
        try {
            franceConnect.creerCompte(requete, reponse);
        } catch (RefusCompte.IdentifiantPris pris) {
            model.addAttribute("identite", franceConnect.enAttente(requete).identite());
            model.addAttribute("erreur", pris.getMessage());
            return "portail/usager/franceconnect-premiere";
        }
        return "redirect:/compte/informations?franceconnect";
    }
}
