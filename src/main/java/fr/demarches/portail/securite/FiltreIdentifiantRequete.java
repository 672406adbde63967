package fr.demarches.portail.securite;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.demarches.portail.internal.ProprietesPortail;
import fr.demarches.shared.IdentifiantRequete;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an identifier before anything else runs (the 503 page of a database outage included): the
 * proxy's {@code X-Request-Id} when {@code app.securite.identifiant-requete-de-confiance} says the proxy sets it
 * (a client's own value would otherwise let it choose what the journal records), else a random one. It is put in
 * the MDC for the logs and the audit journal, and echoed in the response. The error and async dispatches of the
 * same request keep the same identifier.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FiltreIdentifiantRequete extends OncePerRequestFilter {

    private static final String ATTRIBUT = FiltreIdentifiantRequete.class.getName();

    private final boolean enteteDeConfiance;

    FiltreIdentifiantRequete(ProprietesPortail proprietes) {
        this.enteteDeConfiance = proprietes.securite().identifiantRequeteDeConfiance();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        String identifiant = identifiant(requete);
        requete.setAttribute(ATTRIBUT, identifiant);
        if (!reponse.isCommitted()) {
            reponse.setHeader(IdentifiantRequete.ENTETE, identifiant);
        }
        MDC.put(IdentifiantRequete.CLE_MDC, identifiant);
        try {
            suite.doFilter(requete, reponse);
        } finally {
            MDC.remove(IdentifiantRequete.CLE_MDC);
        }
    }

    private String identifiant(HttpServletRequest requete) {
        if (requete.getAttribute(ATTRIBUT) instanceof String deja) {
            return deja;
        }
        String recu = requete.getHeader(IdentifiantRequete.ENTETE);
        return enteteDeConfiance && IdentifiantRequete.acceptable(recu) ? recu : UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
