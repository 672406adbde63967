package fr.demarches.portail.securite;

import java.io.IOException;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.Authentification;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.EmpreinteMotDePasse;
import fr.demarches.portail.Portail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account may no longer act (disabled, password never set, habilitation over,
 * unit disabled) or whose password changed since the session signed in: one primary-key read per signed-in request, so an administrator's decision applies at once.
 */
class VerificationCompteActif extends OncePerRequestFilter {

    private final Authentification authentification;
    private final JournalAudit journal;
    private final Portail portail;
    private final SecurityContextLogoutHandler deconnexion = new SecurityContextLogoutHandler();

    VerificationCompteActif(Authentification authentification, JournalAudit journal, Portail portail,
            SecurityContextRepository contexte) {
        this.authentification = authentification;
        this.journal = journal;
        this.portail = portail;
        deconnexion.setSecurityContextRepository(contexte);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getPrincipal() instanceof CompteConnecte compte
                && !this.authentification.toujoursAutorise(compte.id(), empreinte(requete))) {
            journal.enregistrer(new EntreeAudit(portail.espace().name(), compte.id(), compte.getUsername(),
                    "SESSION_REVOQUEE", "COMPTE", compte.id().toString(),
                    "Compte désactivé, plus habilité ou mot de passe changé", requete.getRemoteAddr()));
            deconnexion.logout(requete, reponse, authentification);
            reponse.sendRedirect(requete.getContextPath() + portail.url("/connexion"));
            return;
        }
        suite.doFilter(requete, reponse);
    }

    private String empreinte(HttpServletRequest requete) {
        var session = requete.getSession(false);
        return session == null ? null : (String) session.getAttribute(EmpreinteMotDePasse.attribut(portail.espace()));
    }
}
