package fr.demarches.portail.web;

import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.RedirectView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Turns a controller's view name into a view, in place of Spring Boot's content negotiation. Every page here is
 * HTML, yet the negotiation parsed the Accept header and asked three resolvers on each request. And a redirect
 * names a dossier or carries a sealed message, so each one was a new name in the resolvers' caches (1,024 names
 * each), which pushed the pages' templates out. Bench, JFR, HTTP threads: view resolution was 4.3% of the
 * officer's samples and 4.6% of the ILE submission's, a view created on most redirects (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class ResolutionVues {

    /** Named {@code viewResolver}: Spring Boot then leaves its content-negotiating resolver out. */
    @Bean
    ViewResolver viewResolver(ThymeleafViewResolver pages, ApplicationContext contexte) {
        return new Resolveur(pages, contexte);
    }

    private record Resolveur(ThymeleafViewResolver pages, ApplicationContext contexte)
            implements ViewResolver, Ordered {

        /** Redirects built on the spot, as Thymeleaf's resolver builds them (relative to the context, a 302). */
        @Override
        public View resolveViewName(String nom, Locale langue) throws Exception {
            if (!nom.startsWith(ThymeleafViewResolver.REDIRECT_URL_PREFIX)) {
                return pages.resolveViewName(nom, langue);
            }
            var redirection = new RedirectView(nom.substring(ThymeleafViewResolver.REDIRECT_URL_PREFIX.length()),
                    pages.isRedirectContextRelative(), pages.isRedirectHttp10Compatible());
            redirection.setApplicationContext(contexte);
            return redirection;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
