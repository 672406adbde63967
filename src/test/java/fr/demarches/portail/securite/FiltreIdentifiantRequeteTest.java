package fr.demarches.portail.securite;

import fr.demarches.portail.internal.ProprietesPortail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;

import fr.demarches.shared.IdentifiantRequete;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FiltreIdentifiantRequeteTest {

    @Test
    void aTrustedProxysIdentifierIsKeptInTheLogsContextAndEchoed() throws Exception {
        var requete = requete("haproxy-7f3a:42");
        var vu = new AtomicReference<String>();
        var reponse = filtrer(true, requete, vu);
        assertThat(vu.get()).isEqualTo("haproxy-7f3a:42");
        assertThat(reponse.getHeader("X-Request-Id")).isEqualTo("haproxy-7f3a:42");
        assertThat(MDC.get(IdentifiantRequete.CLE_MDC)).as("rien ne reste sur le fil après la requête").isNull();
    }

    @Test
    void withoutTrustOrWithAForgedValueARandomIdentifierIsGiven() throws Exception {
        var vu = new AtomicReference<String>();
        var reponse = filtrer(false, requete("choisi-par-le-client"), vu);
        assertThat(vu.get()).isNotEqualTo("choisi-par-le-client").hasSize(36);
        assertThat(reponse.getHeader("X-Request-Id")).isEqualTo(vu.get());

        filtrer(true, requete("ligne\ninventée"), vu);
        assertThat(vu.get()).doesNotContain("inventée").hasSize(36);
        filtrer(true, requete("x".repeat(101)), vu);
        assertThat(vu.get()).hasSize(36);
    }

    @Test
    void theErrorDispatchOfARequestKeepsItsIdentifier() throws Exception {
        var requete = requete(null);
        var premier = new AtomicReference<String>();
        filtrer(false, requete, premier);
        requete.setDispatcherType(DispatcherType.ERROR);
        var erreur = new AtomicReference<String>();
        filtrer(false, requete, erreur);
        assertThat(erreur.get()).isEqualTo(premier.get());
    }

    private static MockHttpServletRequest requete(String entete) {
        var requete = new MockHttpServletRequest("GET", "/connexion");
        if (entete != null) {
            requete.addHeader("X-Request-Id", entete);
        }
        return requete;
    }

    private static MockHttpServletResponse filtrer(boolean confiance, MockHttpServletRequest requete,
            AtomicReference<String> vu) throws Exception {
        var filtre = new FiltreIdentifiantRequete(new ProprietesPortail(java.net.URI.create("http://localhost:8080"), null,
                new ProprietesPortail.Securite(true, null, confiance), null));
        var reponse = new MockHttpServletResponse();
        filtre.doFilter(requete, reponse, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, rep, suite) -> vu.set(MDC.get(IdentifiantRequete.CLE_MDC))));
        return reponse;
    }
}
