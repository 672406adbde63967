package fr.demarches.portail.panne;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.demarches.portail.Portail;
import fr.demarches.portail.internal.ProprietesPortail;
import fr.demarches.portail.securite.EnTetesSecurite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ViewResolver;

/**
 * PostgreSQL out of reach: Hikari gives up after its connection timeout, and the request, whatever it was reading
 * (its session, through Spring Session JDBC, the signed-in account, the page's data), ends here with the French
 * "service momentanément indisponible" page, 503 and {@code Retry-After}. This filter runs before the session
 * filter and renders the page from its template alone, with no session and no query: the error page must not wait
 * for the database a second time (before, Tomcat's bare English 500 page came after a second wait), and no later
 * query of the request waits again ({@link UneAttenteParRequete}).
 */
class ServiceIndisponible extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceIndisponible.class);

    private final ObjectProvider<? extends ViewResolver> vues;
    private final ProprietesPortail.Indisponibilite proprietes;

    ServiceIndisponible(ObjectProvider<? extends ViewResolver> vues, ProprietesPortail.Indisponibilite proprietes) {
        this.vues = vues;
        this.proprietes = proprietes;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        UneAttenteParRequete.debutRequete();
        try {
            suite.doFilter(requete, reponse);
        } catch (IOException | ServletException | RuntimeException e) {
            if (reponse.isCommitted() || !PanneBaseDeDonnees.enCause(e)) {
                throw e;
            }
            LOG.warn("Base de données injoignable : {} {} reçoit la page « service momentanément indisponible » ({})",
                    requete.getMethod(), requete.getRequestURI(), e.getMessage());
            repondre(requete, reponse);
        } finally {
            UneAttenteParRequete.finRequete();
        }
    }

    private void repondre(HttpServletRequest requete, HttpServletResponse reponse) throws ServletException {
        reponse.reset();
        // The reset took the security chain's headers away with the rest.
        EnTetesSecurite.poser(requete, reponse);
        reponse.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        reponse.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(proprietes.reessayerApres().toSeconds()));
        reponse.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        try {
            var vue = vues.getObject().resolveViewName("error/503", Locale.FRANCE);
            vue.render(Map.of("portail", Portail.de(chemin), "cheminCourant", chemin, "menu", List.of()), requete,
                    reponse);
        } catch (Exception e) {
            throw new ServletException("Page « service momentanément indisponible » impossible à produire", e);
        }
    }
}
