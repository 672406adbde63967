package fr.demarches.portail.securite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.AppareilsDeConfiance;
import fr.demarches.compte.CodesVerification;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.EchecConnexion;
import fr.demarches.portail.Portail;
import fr.demarches.portail.internal.ProprietesPortail;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of every login to the Gestionnaire de Suivi and to the officers' portal ({@link #PORTAILS}). The
 * password step leaves an authentication holding {@code FACTOR_PASSWORD} only, and every page of these portals but
 * their verification page also requires {@code FACTOR_OTT} (Spring Security's multi-factor authorization, see
 * {@link SecuriteConfig}). This class grants that factor after a correct e-mailed code, or at once when the browser
 * shows a trusted-device cookie of the account; it then renews the session id and the CSRF token, and journals each
 * step. Everything lives in the session and PostgreSQL.
 */
@Component
public class ConnexionEnDeuxEtapes {

    /** The portals whose accounts open many people's personal data: a password is not enough there. */
    public static final List<Portail> PORTAILS = List.of(Portail.GS, Portail.POLICE);
    /** The trusted-device cookie of /gs: HttpOnly, Secure, SameSite=Strict, sent to /gs only (see {@link #cookie}). */
    public static final String COOKIE = cookie(Portail.GS);
    static final String ENVOI_BLOQUE = "verification.envoiBloque";

    private final CodesVerification codes;
    private final AppareilsDeConfiance appareils;
    private final JournalAudit journal;
    private final Clock horloge;
    private final boolean actif;
    private final SessionAuthenticationStrategy nouvelleSession = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

    ConnexionEnDeuxEtapes(CodesVerification codes, AppareilsDeConfiance appareils, JournalAudit journal,
            Clock horloge, ProprietesPortail proprietes) {
        this.codes = codes;
        this.appareils = appareils;
        this.journal = journal;
        this.horloge = horloge;
        this.actif = proprietes.securite().secondFacteur();
    }

    /** The trusted-device cookie of a portal ("GS_APPAREIL", "POLICE_APPAREIL"), sent to that portal only. */
    public static String cookie(Portail portail) {
        return portail.name() + "_APPAREIL";
    }

    /** False only where the property turned it off (benchmarks, never production). */
    public boolean actif() {
        return actif;
    }

    /** A login past its password but not yet its second step. */
    public boolean enAttente(Authentication authentification) {
        return actif && authentification != null && authentification.getPrincipal() instanceof CompteConnecte
                && authentification.getAuthorities().stream()
                        .noneMatch(a -> FactorGrantedAuthority.OTT_AUTHORITY.equals(a.getAuthority()));
    }

    /** After a correct password: a trusted device completes the login, otherwise a code is sent. */
    AuthenticationSuccessHandler apresMotDePasse(Portail portail) {
        return (requete, reponse, authentification) -> {
            var compte = (CompteConnecte) authentification.getPrincipal();
            String appareil = cookie(requete, portail);
            if (appareils.reconnaitre(compte.id(), appareil)) {
                journaliser(requete, portail, compte, "APPAREIL_CONFIANCE_UTILISE",
                        "Code non demandé : appareil de confiance");
                reponse.sendRedirect(completer(requete, reponse, portail, authentification,
                        "Mot de passe et appareil de confiance"));
                return;
            }
            journaliser(requete, portail, compte, "MOT_DE_PASSE_VERIFIE", appareil == null
                    ? "Code de vérification demandé"
                    : "Code de vérification demandé : appareil non reconnu (expiré, révoqué ou d'un autre compte)");
            envoyerCode(requete, compte).ifPresent(
                    jusqua -> requete.getSession().setAttribute(ENVOI_BLOQUE, messageEnvoiBloque(jusqua)));
            reponse.sendRedirect(requete.getContextPath() + portail.url("/verification"));
        };
    }

    /** Sends a code; empty when sent, otherwise the end of the block on sending. */
    public Optional<Instant> envoyerCode(HttpServletRequest requete, CompteConnecte compte) {
        return codes.demander(compte, requete.getRemoteAddr());
    }

    public String messageEnvoiBloque(Instant jusqua) {
        long minutes = Math.max(1, Duration.between(horloge.instant(), jusqua).toMinutes() + 1);
        return "Trop de codes ont été demandés. Un nouveau code pourra être envoyé dans " + minutes
                + (minutes > 1 ? " minutes" : " minute") + ". Le dernier code reçu reste valable "
                + CodesVerification.VALIDITE.toMinutes() + " minutes après son envoi.";
    }

    /** Why the sending was refused when the password was checked, shown once by the verification page. */
    public Optional<String> avisEnvoi(HttpServletRequest requete) {
        var session = requete.getSession(false);
        if (session == null || !(session.getAttribute(ENVOI_BLOQUE) instanceof String avis)) {
            return Optional.empty();
        }
        session.removeAttribute(ENVOI_BLOQUE);
        return Optional.of(avis);
    }

    /**
     * Checks the typed code and journals a refusal. After the last allowed attempt the pending login ends: the
     * login page then says why, and only a new login sends a new code.
     */
    public CodesVerification.Verification verifier(HttpServletRequest requete, HttpServletResponse reponse,
            Portail portail, CompteConnecte compte, String code) {
        var verification = codes.verifier(compte.id(), code);
        switch (verification.issue()) {
            case VALIDE -> {
            }
            case EPUISE -> {
                journaliser(requete, portail, compte, "SECOND_FACTEUR_BLOQUE",
                        CodesVerification.ESSAIS + " codes incorrects : nouvelle connexion exigée");
                SecuriteConfig.contexte(portail).saveContext(SecurityContextHolder.createEmptyContext(), requete, reponse);
                requete.getSession().setAttribute(EchecConnexion.cle(portail), new EchecConnexion(
                        "Trop de codes incorrects. Par sécurité, reconnectez-vous pour recevoir un nouveau code.",
                        compte.getUsername()));
            }
            default -> journaliser(requete, portail, compte, "SECOND_FACTEUR_CODE_REFUSE", switch (verification.issue()) {
                case INCORRECT -> "Code incorrect, essais restants : " + verification.essaisRestants();
                case EXPIRE -> "Code expiré";
                default -> "Aucun code en cours (déjà utilisé ou remplacé)";
            });
        }
        return verification;
    }

    /** After a valid code: trusts the browser if asked, completes the login, and returns where to go. */
    public String apresCode(HttpServletRequest requete, HttpServletResponse reponse, Portail portail,
            Authentication authentification, boolean confiance) {
        var compte = (CompteConnecte) authentification.getPrincipal();
        if (confiance) {
            reponse.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookie(portail), appareils.ajouter(compte.id()))
                    .httpOnly(true).secure(true).sameSite("Strict").path(portail.accueil())
                    .maxAge(AppareilsDeConfiance.DUREE).build().toString());
            journaliser(requete, portail, compte, "APPAREIL_CONFIANCE_AJOUTE",
                    "Appareil de confiance pour " + AppareilsDeConfiance.DUREE.toDays() + " jours");
        }
        return completer(requete, reponse, portail, authentification, "Mot de passe et code reçu par courriel");
    }

    /**
     * Adds the second factor to the authentication, with a new session id and CSRF token (as a login does), and
     * returns the page asked before the login, or the portal's home.
     */
    private String completer(HttpServletRequest requete, HttpServletResponse reponse, Portail portail,
            Authentication motDePasse, String moyen) {
        Authentication complete = motDePasse.toBuilder().authorities(a -> a.add(FactorGrantedAuthority
                .withAuthority(FactorGrantedAuthority.OTT_AUTHORITY).issuedAt(horloge.instant()).build())).build();
        var securite = SecurityContextHolder.createEmptyContext();
        securite.setAuthentication(complete);
        SecurityContextHolder.setContext(securite);
        nouvelleSession.onAuthentication(complete, requete, reponse);
        SecuriteConfig.contexte(portail).saveContext(securite, requete, reponse);
        new IssuesConnexion(journal, horloge, portail).reussie(requete, (CompteConnecte) complete.getPrincipal(), moyen);
        var demandeMemorisee = SecuriteConfig.demandeMemorisee(portail);
        var memorisee = demandeMemorisee.getRequest(requete, reponse);
        demandeMemorisee.removeRequest(requete, reponse);
        return memorisee != null ? RedirectionRelative.chemin(memorisee.getRedirectUrl())
                : requete.getContextPath() + portail.accueil();
    }

    private void journaliser(HttpServletRequest requete, Portail portail, CompteConnecte compte, String action,
            String details) {
        journal.enregistrer(new EntreeAudit(portail.espace().name(), compte.id(), compte.getUsername(), action,
                "COMPTE", compte.id().toString(), details, requete.getRemoteAddr()));
    }

    private static String cookie(HttpServletRequest requete, Portail portail) {
        if (requete.getCookies() == null) {
            return null;
        }
        for (Cookie c : requete.getCookies()) {
            if (cookie(portail).equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
