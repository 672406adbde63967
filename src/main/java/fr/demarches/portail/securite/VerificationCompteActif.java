package fr.demarches.portail.securite;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.CompteConnecte;
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
 * Ends a signed-in officer's session on the day after the habilitation's end: the calendar changes nothing in the
 * database that could end it there. Every other reason an account can no longer act (disabled, password changed,
 * unit disabled…) is a change of the account that ends its sessions in the database itself (V214), so no request
 * reads the account.
 */
class VerificationCompteActif extends OncePerRequestFilter {

    private final Clock horloge;
    private final JournalAudit journal;
    private final Portail portail;
    private final SecurityContextLogoutHandler deconnexion = new SecurityContextLogoutHandler();

    VerificationCompteActif(Clock horloge, JournalAudit journal, Portail portail, SecurityContextRepository contexte) {
        this.horloge = horloge;
        this.journal = journal;
        this.portail = portail;
        deconnexion.setSecurityContextRepository(contexte);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getPrincipal() instanceof CompteConnecte compte
                && !compte.habilite(LocalDate.now(horloge))) {
            journal.enregistrer(new EntreeAudit(portail.espace().name(), compte.id(), compte.getUsername(),
                    "SESSION_REVOQUEE", "COMPTE", compte.id().toString(), "Habilitation terminée",
                    requete.getRemoteAddr()));
            deconnexion.logout(requete, reponse, authentification);
            reponse.sendRedirect(requete.getContextPath() + portail.url("/connexion"));
            return;
        }
        suite.doFilter(requete, reponse);
    }
}
