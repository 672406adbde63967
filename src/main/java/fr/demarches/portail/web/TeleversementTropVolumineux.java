package fr.demarches.portail.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A file above the server's upload limit is refused by the container before any controller runs (413), so no form
 * can put the message next to its field. The user goes back to the page the form was on, which says what was too
 * big; nothing was saved. Without a usable Referer, the French 413 page says the same.
 */
@Component
class TeleversementTropVolumineux implements ErrorViewResolver {

    /** Spring Boot's own resolver (error/404.html…) steps aside when an application declares one: it is kept here. */
    private final ErrorViewResolver pagesParStatut;
    private final String message;

    TeleversementTropVolumineux(ApplicationContext contexte, WebProperties web, MultipartProperties envois) {
        this.pagesParStatut = new DefaultErrorViewResolver(contexte, web.getResources());
        this.message = "Le fichier envoyé dépasse " + envois.getMaxFileSize().toMegabytes()
                + " Mo : rien n'a été enregistré. Choisissez un fichier plus léger (par exemple un scan en 150 ppp).";
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest requete, HttpStatus statut, Map<String, Object> modele) {
        if (statut != HttpStatus.CONTENT_TOO_LARGE) {
            return pagesParStatut.resolveErrorView(requete, statut, modele);
        }
        String retour = Referent.pageDuSite(requete);
        if (retour == null) {
            return new ModelAndView("error/413", Map.of("message", message), statut);
        }
        RequestContextUtils.getOutputFlashMap(requete).put("erreurTeleversement", message);
        var redirection = new RedirectView(retour, false);
        redirection.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirection);
    }
}
