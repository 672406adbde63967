package fr.demarches.portail.web;

import java.util.Comparator;
import java.util.List;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.portail.securite.ConnexionEnDeuxEtapes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its portal (header, navigation) and the signed-in account, if any. */
@ControllerAdvice
class PortailCourant {

    private final List<EntreeMenu> menu;
    private final ConnexionEnDeuxEtapes deuxEtapes;

    PortailCourant(List<EntreeMenu> menu, ConnexionEnDeuxEtapes deuxEtapes) {
        this.menu = menu.stream().sorted(Comparator.comparingInt(EntreeMenu::ordre)).toList();
        this.deuxEtapes = deuxEtapes;
    }

    @ModelAttribute("portail")
    Portail portail(HttpServletRequest request) {
        Object chemin = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = chemin instanceof String s ? s : request.getRequestURI();
        return Portail.de(uri.substring(request.getContextPath().length()));
    }

    /** The path without the context, to mark the current navigation link (Thymeleaf 3.1 has no #request). */
    @ModelAttribute("cheminCourant")
    String cheminCourant(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The signed-in account; on /gs and /police, none until the second login step is done. */
    @ModelAttribute("compte")
    CompteConnecte compte(HttpServletRequest request) {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (ConnexionEnDeuxEtapes.PORTAILS.contains(portail(request)) && deuxEtapes.enAttente(authentification)) {
            return null;
        }
        return authentification != null && authentification.getPrincipal() instanceof CompteConnecte c ? c : null;
    }

    @ModelAttribute("menu")
    List<EntreeMenu> menu(HttpServletRequest request) {
        Portail portail = portail(request);
        CompteConnecte compte = compte(request);
        return menu.stream().filter(e -> e.portail() == portail && visible(e, compte)).toList();
    }

    private static boolean visible(EntreeMenu entree, CompteConnecte compte) {
        if (entree.role() == null) {
            return true;
        }
        if (compte == null) {
            return false;
        }
        return EntreeMenu.AUTHENTIFIE.equals(entree.role()) || compte.type().roles().contains(entree.role());
    }
}
