package fr.demarches.portail.securite;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ConnexionsDeLaRequete;
import fr.demarches.portail.EchecConnexion;
import fr.demarches.portail.Portail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/** What happens after a login attempt on a portal: the journal entry, then the page to show. */
class IssuesConnexion {

    /** The same words whether the account exists, is disabled or the password is wrong: nothing is revealed. */
    static final String MESSAGE_ECHEC = "Identifiant ou mot de passe incorrect.";

    private final JournalAudit journal;
    private final Clock horloge;
    private final Portail portail;

    IssuesConnexion(JournalAudit journal, Clock horloge, Portail portail) {
        this.journal = journal;
        this.horloge = horloge;
        this.portail = portail;
    }

    SavedRequestAwareAuthenticationSuccessHandler succes(RequestCache cache) {
        var suite = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                reussie(request, (CompteConnecte) authentication.getPrincipal(), null);
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        suite.setDefaultTargetUrl(portail.accueil());
        suite.setRequestCache(cache);
        suite.setRedirectStrategy(new RedirectionRelative());
        return suite;
    }

    /**
     * A completed login, to the journal; {@code details} says how, when there was more than a password.
     */
    void reussie(HttpServletRequest request, CompteConnecte compte, String details) {
        ConnexionsDeLaRequete.noter(compte);
        journal.enregistrer(new EntreeAudit(portail.espace().name(), compte.id(), compte.getUsername(),
                "CONNEXION_REUSSIE", "COMPTE", compte.id().toString(), details, request.getRemoteAddr()));
    }

    AuthenticationFailureHandler echec() {
        return (request, response, exception) -> {
            String identifiant = request.getParameter("identifiant");
            boolean bloque = exception instanceof ConnexionBloqueeException;
            journal.enregistrer(new EntreeAudit(portail.espace().name(), null,
                    identifiant == null || identifiant.isBlank() ? "(vide)" : identifiant,
                    bloque ? "CONNEXION_BLOQUEE" : "CONNEXION_ECHOUEE", "COMPTE", null,
                    exception.getClass().getSimpleName(), request.getRemoteAddr()));
            String message = bloque ? messageBlocage((ConnexionBloqueeException) exception) : MESSAGE_ECHEC;
            request.getSession().setAttribute(EchecConnexion.cle(portail), new EchecConnexion(message, identifiant));
            response.sendRedirect(request.getContextPath() + portail.url("/connexion"));
        };
    }

    LogoutHandler deconnexion() {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof CompteConnecte compte) {
                journal.enregistrer(new EntreeAudit(portail.espace().name(), compte.id(), compte.getUsername(),
                        "DECONNEXION", "COMPTE", compte.id().toString(), null, request.getRemoteAddr()));
            }
        };
    }


    private String messageBlocage(ConnexionBloqueeException exception) {
        long minutes = Math.max(1, Duration.between(horloge.instant(), exception.jusqua()).toMinutes() + 1);
        return "Trop de tentatives de connexion ont échoué. Par sécurité, la connexion est suspendue : réessayez dans "
                + minutes + (minutes > 1 ? " minutes." : " minute.");
    }
}
