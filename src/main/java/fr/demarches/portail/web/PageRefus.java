package fr.demarches.portail.web;

import java.io.IOException;

import fr.demarches.portail.Portail;
import fr.demarches.shared.Refus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A business refusal no screen handled itself becomes, on every portal, the same page: the portal's layout, a DSFR
 * alert with the refusal's French message, a link back (409). Only {@link Refus} gets here: any other exception,
 * whatever its message, keeps Spring's error handling and shows the 500 page without it. One advice serves the four
 * portals because a portal is a URL prefix: like the layout, the page reads the portal from the URL. A refusal
 * annotated with {@link ResponseStatus} (an unknown dossier: 404, nothing revealed) gets that status's page instead.
 * A write that lost to a simultaneous one (optimistic locking) gets the same page, with its own message.
 */
@ControllerAdvice
class PageRefus {

    static final String CONFLIT = "Cette action n'a pas été enregistrée : les mêmes données venaient d'être modifiées "
            + "(un double clic, un autre onglet ou une autre personne). Revenez à la page, qui montre leur état actuel, "
            + "et recommencez si besoin.";

    private final PortailCourant portailCourant;

    PageRefus(PortailCourant portailCourant) {
        this.portailCourant = portailCourant;
    }

    @ExceptionHandler(Refus.class)
    ModelAndView refus(Refus refus, HttpServletRequest requete, HttpServletResponse reponse) throws IOException {
        var statut = AnnotatedElementUtils.findMergedAnnotation(refus.getClass(), ResponseStatus.class);
        if (statut != null) {
            // A refusal that must not say more than its status (an unknown dossier is "not found"): that page.
            reponse.sendError(statut.code().value());
            return new ModelAndView();
        }
        return page(refus.getMessage(), requete);
    }

    /**
     * Two writes of the same row at once (a double click, two tabs, two agents): the second was rolled back whole.
     * Said as such rather than as the 500 page, which would leave the user wondering what was saved.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflit(OptimisticLockingFailureException conflit, HttpServletRequest requete) {
        return page(CONFLIT, requete);
    }

    private ModelAndView page(String message, HttpServletRequest requete) {
        Portail portail = portailCourant.portail(requete);
        var page = new ModelAndView("portail/refus", HttpStatus.CONFLICT);
        // Exception handlers get no @ModelAttribute: the layout's attributes are added here.
        page.addObject("portail", portail);
        page.addObject("cheminCourant", portailCourant.cheminCourant(requete));
        page.addObject("compte", portailCourant.compte(requete));
        page.addObject("menu", portailCourant.menu(requete));
        page.addObject("message", message);
        String precedente = Referent.pageDuSite(requete);
        page.addObject("retour", precedente != null && Portail.de(precedente) == portail ? precedente
                : portail.accueil());
        return page;
    }
}
