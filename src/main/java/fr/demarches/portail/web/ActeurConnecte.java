package fr.demarches.portail.web;

import java.util.List;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.CompteConnecte;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A screen that records what the signed-in account does takes an {@link Acteur} parameter: the account, its portal
 * and its address, as the audit journal writes them. Modules below the accounts (commune, audit) get it this way
 * without depending on {@code compte}; the others use it too, so there is one way to say who acts.
 */
@Configuration(proxyBeanMethods = false)
class ActeurConnecte implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolveurs) {
        resolveurs.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parametre) {
        return parametre.getParameterType() == Acteur.class;
    }

    @Override
    public Acteur resolveArgument(MethodParameter parametre, ModelAndViewContainer conteneur,
            NativeWebRequest requete, WebDataBinderFactory fabrique) {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification == null || !(authentification.getPrincipal() instanceof CompteConnecte compte)) {
            // The security chains let no anonymous request reach a screen that takes an Acteur.
            throw new IllegalStateException("Aucun compte connecté pour " + parametre.getMethod());
        }
        var http = requete.getNativeRequest(HttpServletRequest.class);
        return new Acteur(compte.type().espace().name(), compte.id(), compte.getUsername(), http.getRemoteAddr());
    }
}
