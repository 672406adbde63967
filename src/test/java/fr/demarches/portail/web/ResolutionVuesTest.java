package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.ContentNegotiatingViewResolver;

/**
 * View names resolved as the DispatcherServlet resolves them (every resolver of the context, in order, the first
 * answer wins): one-off redirects no longer push the pages' templates out of the view cache.
 */
@TestIntegration
class ResolutionVuesTest {

    @Autowired
    ApplicationContext contexte;

    @BeforeEach
    void requete() {
        var requete = new MockHttpServletRequest("GET", "/police");
        requete.addHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(requete));
    }

    @AfterEach
    void finRequete() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPageKeepsItsCachedViewWhateverTheNumberOfOneOffRedirects() throws Exception {
        View page = resoudre("police/accueil");

        for (int i = 0; i < 2_500; i++) {
            resoudre("redirect:/demarches/confirmation/A-1-" + i);
        }

        assertThat(resoudre("police/accueil")).isSameAs(page);
    }

    @Test
    void aRedirectStaysRelativeToTheApplicationAndAnswers302() throws Exception {
        var requete = new MockHttpServletRequest("POST", "/app/demarches/ile/envoi");
        requete.setContextPath("/app");
        var reponse = new MockHttpServletResponse();

        resoudre("redirect:/demarches/confirmation/A-1-ABCDEFGH").render(Map.of(), requete, reponse);

        assertThat(reponse.getStatus()).isEqualTo(302);
        assertThat(reponse.getRedirectedUrl()).isEqualTo("/app/demarches/confirmation/A-1-ABCDEFGH");
    }

    @Test
    void noContentNegotiationForPagesThatAreAllHtml() {
        assertThat(contexte.getBeansOfType(ContentNegotiatingViewResolver.class)).isEmpty();
    }

    private View resoudre(String nom) throws Exception {
        List<ViewResolver> resolveurs = contexte.getBeansOfType(ViewResolver.class).values().stream()
                .sorted(AnnotationAwareOrderComparator.INSTANCE).toList();
        for (ViewResolver resolveur : resolveurs) {
            View vue = resolveur.resolveViewName(nom, Locale.FRANCE);
            if (vue != null) {
                return vue;
            }
        }
        throw new AssertionError("aucune vue pour " + nom);
    }
}
