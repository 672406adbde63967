package fr.demarches.portail.securite;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import fr.demarches.portail.internal.ProprietesPortail;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No redirect ever points to the host a client named. Tomcat keeps relative locations as they are
 * ({@code server.tomcat.use-relative-redirects}) for HTTP/1.1 and later, and the browser resolves them against the
 * address it asked; but for an HTTP/1.0 request it must write an absolute URL and would take the host from the Host
 * header. For those, this filter writes the absolute URL from the configured public address
 * ({@link ProprietesPortail#urlPublique()}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RedirectionsSansHote extends OncePerRequestFilter {

    private final ProprietesPortail adresse;

    RedirectionsSansHote(ProprietesPortail adresse) {
        this.adresse = adresse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        if (!"HTTP/1.0".equalsIgnoreCase(requete.getProtocol()) && !"HTTP/0.9".equalsIgnoreCase(requete.getProtocol())) {
            suite.doFilter(requete, reponse);
            return;
        }
        suite.doFilter(requete, new HttpServletResponseWrapper(reponse) {

            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(absolue(requete, location));
            }

            @Override
            public void sendRedirect(String location, int statut) throws IOException {
                super.sendRedirect(absolue(requete, location), statut);
            }

            @Override
            public void sendRedirect(String location, boolean viderTampon) throws IOException {
                super.sendRedirect(absolue(requete, location), viderTampon);
            }

            @Override
            public void sendRedirect(String location, int statut, boolean viderTampon) throws IOException {
                super.sendRedirect(absolue(requete, location), statut, viderTampon);
            }
        });
    }

    /** A relative location made absolute on the public address; an absolute one is left as the application made it. */
    private String absolue(HttpServletRequest requete, String location) {
        if (location.startsWith("//") || location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return location;
        }
        if (location.startsWith("/")) {
            return adresse.adressePublique(location);
        }
        String courant = requete.getRequestURI();
        return adresse.adressePublique(courant.substring(0, courant.lastIndexOf('/') + 1) + location);
    }
}
