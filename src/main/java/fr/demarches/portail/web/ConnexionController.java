package fr.demarches.portail.web;

import fr.demarches.portail.EchecConnexion;
import fr.demarches.portail.Portail;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The login page of each portal; the form posts to the same address, handled by that portal's chain. */
@Controller
class ConnexionController {

    @GetMapping({"/connexion", "/gs/connexion", "/police/connexion", "/admin/connexion"})
    String connexion(@ModelAttribute("portail") Portail portail, HttpSession session, Model model) {
        if (session.getAttribute(EchecConnexion.cle(portail)) instanceof EchecConnexion echec) {
            session.removeAttribute(EchecConnexion.cle(portail));
            model.addAttribute("erreurConnexion", echec.message());
            model.addAttribute("identifiantSaisi", echec.identifiant());
        }
        return "portail/connexion";
    }
}
