package fr.demarches.portail.securite;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ConnexionsDeLaRequete;
import fr.demarches.compte.ConnexionCertifiee;
import fr.demarches.compte.IdentitePivot;
import fr.demarches.compte.IdentiteAttestee;
import fr.demarches.compte.IdentitesExternes;
import fr.demarches.compte.RefusCompte;
import fr.demarches.portail.EchecConnexion;
import fr.demarches.portail.Portail;
import fr.demarches.portail.internal.ProprietesPortail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The citizens' sign-in through FranceConnect (OpenID Connect, authorization code with state, nonce and PKCE; the
 * ID token's signature, issuer, audience, expiry and nonce are checked by Spring Security's OIDC client). After
 * the provider: a known identity signs its account in; an unknown one waits in the session while the citizen
 * opens an account from it or signs in once with the password of an existing account to link it. Nothing is
 * created before the citizen chooses. Sign-out also ends the provider's session.
 */
public class FranceConnect {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FranceConnect.class);

    /** The registration id in {@code spring.security.oauth2.client.registration.*}. */
    static final String ID = "franceconnect";
    static final String EN_ATTENTE = "FRANCECONNECT_IDENTITE_EN_ATTENTE";
    static final String CHEMIN_PREMIERE = "/connexion/franceconnect/premiere";
    /** The hidden field of the first sign-in page's password form: only that form links the waiting identity. */
    static final String LIER = "lierFranceConnect";

    private final FournisseursOidc fournisseurs;
    private final IdentitesExternes identites;
    private final JournalAudit journal;
    private final ProprietesPortail proprietes;
    private final Clock horloge;
    private final HttpSessionSecurityContextRepository contexte = SecuriteConfig.contexte(Portail.USAGER);
    private final HttpSessionRequestCache demandeMemorisee = SecuriteConfig.demandeMemorisee(Portail.USAGER);

    FranceConnect(FournisseursOidc fournisseurs, IdentitesExternes identites, JournalAudit journal,
            ProprietesPortail proprietes, Clock horloge) {
        this.fournisseurs = fournisseurs;
        this.identites = identites;
        this.journal = journal;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    /** The identity FranceConnect gave, not yet linked to an account, with the sign-in it came from. */
    record EnAttente(IdentitePivot identite, IdentiteAttestee attestation, String jetonIdentite) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Whether a provider is configured: the pages show the button then. */
    public boolean configure() {
        return fournisseurs.configure(ID);
    }

    /** The citizens' CSP: the provider's origin added as a form target (button, sign-out). */
    String politiqueContenu(String base) {
        var origines = fournisseurs.origines();
        return origines.isEmpty() ? base
                : base.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origines));
    }

    /** Whether the provider's metadata could be read (configured and reachable once). */
    boolean disponible() {
        return fournisseurs.findByRegistrationId(ID) != null;
    }

    /** PKCE for our confidential client too, and the level asked ({@code acr_values}). */
    DefaultOAuth2AuthorizationRequestResolver demandes() {
        var demandes = new DefaultOAuth2AuthorizationRequestResolver(fournisseurs, "/oauth2/authorization");
        String acr = proprietes.franceconnect().acrValues();
        demandes.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(b -> b.additionalParameters(p -> p.put("acr_values", acr))));
        return demandes;
    }

    OidcUserService utilisateurs(InformationsUtilisateur informations) {
        var utilisateurs = new OidcUserService();
        utilisateurs.setOauth2UserService(informations);
        // FranceConnect's scopes are not OIDC's standard ones: ask userinfo whenever the provider has it.
        utilisateurs.setRetrieveUserInfo(d ->
                d.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri() != null);
        return utilisateurs;
    }

    /**
     * Exchanges the code for the tokens (client secret, PKCE verifier) and checks the ID token: signature against the
     * provider's JWKS, {@code iss}, {@code aud}, {@code exp}, {@code nonce} (Spring Security's OIDC provider).
     */
    org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider
            verificationCode(OidcUserService utilisateurs) {
        return new org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider(
                new org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient(),
                utilisateurs);
    }

    AuthenticationSuccessHandler succes() {
        return (requete, reponse, authentification) -> {
            var oidc = (OidcUser) ((OAuth2AuthenticationToken) authentification).getPrincipal();
            // Whatever follows, the provider's token is not a sign-in of this portal.
            SecurityContextHolder.clearContext();
            contexte.saveContext(SecurityContextHolder.createEmptyContext(), requete, reponse);
            IdentitePivot identite;
            try {
                identite = IdentitePivot.deFranceConnect(ID, oidc.getSubject(), oidc.getClaims());
            } catch (RefusCompte illisible) {
                echouer(requete, reponse, "identite_illisible", illisible.getMessage());
                return;
            }
            Instant authentifieeLe = oidc.getAuthenticatedAt() != null ? oidc.getAuthenticatedAt() : horloge.instant();
            var attestation = new IdentiteAttestee(ID, oidc.getIdToken().getClaimAsString("acr"), oidc.getSubject(),
                    authentifieeLe);
            var enAttente = new EnAttente(identite, attestation, oidc.getIdToken().getTokenValue());
            try {
                var compte = identites.connecter(identite, requete.getRemoteAddr());
                if (compte.isEmpty()) {
                    requete.getSession().setAttribute(EN_ATTENTE, enAttente);
                    reponse.sendRedirect(requete.getContextPath() + CHEMIN_PREMIERE);
                    return;
                }
                ouvrir(requete, reponse, compte.get(), enAttente);
                var memorisee = demandeMemorisee.getRequest(requete, reponse);
                demandeMemorisee.removeRequest(requete, reponse);
                reponse.sendRedirect(memorisee != null ? memorisee.getRedirectUrl() : requete.getContextPath() + "/");
            } catch (RefusCompte refus) {
                echouer(requete, reponse, "compte_refuse", refus.getMessage());
            }
        };
    }

    /** The citizen cancelled at FranceConnect, or the provider failed or was out of reach: back to the login page. */
    AuthenticationFailureHandler echec() {
        return (requete, reponse, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "erreur";
            String detail = String.valueOf(exception.getMessage());
            LOG.warn("Connexion FranceConnect refusée ou échouée ({}) : {}", code,
                    detail.length() > 300 ? detail.substring(0, 300) + "…" : detail);
            echouer(requete, reponse, code, "access_denied".equals(code)
                    ? "Vous avez annulé la connexion avec FranceConnect."
                    : "La connexion avec FranceConnect n'a pas abouti. Réessayez plus tard ou connectez-vous avec "
                            + "votre adresse électronique et votre mot de passe.");
        };
    }

    void echouer(HttpServletRequest requete, HttpServletResponse reponse, String code, String message)
            throws IOException {
        journal.enregistrer(new EntreeAudit(Portail.USAGER.espace().name(), null, "(FranceConnect)",
                "CONNEXION_FRANCECONNECT_ECHOUEE", "COMPTE", null, code, requete.getRemoteAddr()));
        requete.getSession().removeAttribute(EN_ATTENTE);
        requete.getSession().setAttribute(EchecConnexion.cle(Portail.USAGER), new EchecConnexion(message, null));
        reponse.sendRedirect(requete.getContextPath() + "/connexion");
    }

    /** The portal's sign-in, carrying how the identity was attested; a fresh session id against fixation. */
    void ouvrir(HttpServletRequest requete, HttpServletResponse reponse, CompteConnecte compte, EnAttente origine) {
        requete.changeSessionId();
        var signe = SecurityContextHolder.createEmptyContext();
        signe.setAuthentication(new ConnexionCertifiee(compte, origine.attestation(), origine.jetonIdentite()));
        SecurityContextHolder.setContext(signe);
        contexte.saveContext(signe, requete, reponse);
        ConnexionsDeLaRequete.noter(compte);
        journal.enregistrer(new EntreeAudit(Portail.USAGER.espace().name(), compte.id(), compte.getUsername(),
                "CONNEXION_REUSSIE", "COMPTE", compte.id().toString(), "FranceConnect, niveau "
                        + origine.attestation().niveau(), requete.getRemoteAddr()));
    }

    /** An account opened from the identity waiting in the session. */
    void creerCompte(HttpServletRequest requete, HttpServletResponse reponse) {
        var enAttente = enAttente(requete);
        var compte = identites.creerCompte(enAttente.identite(), requete.getRemoteAddr());
        requete.getSession().removeAttribute(EN_ATTENTE);
        ouvrir(requete, reponse, compte, enAttente);
    }

    EnAttente enAttente(HttpServletRequest requete) {
        var session = requete.getSession(false);
        if (session == null || !(session.getAttribute(EN_ATTENTE) instanceof EnAttente enAttente)) {
            throw new RefusCompte("Aucune connexion FranceConnect en cours : recommencez depuis la page de connexion.");
        }
        return enAttente;
    }

    /**
     * After a password sign-in: if an identity from FranceConnect is waiting in this session and the sign-in was made
     * from the first sign-in page's « Se connecter et lier » form, it is linked to the account, and the sign-in carries
     * the attestation as if made through FranceConnect (it just was). A sign-in from the ordinary login page forgets
     * it: on a shared computer, the next person's account must not receive the previous person's identity.
     */
    AuthenticationSuccessHandler apresMotDePasse(AuthenticationSuccessHandler suite) {
        return (requete, reponse, authentification) -> {
            var session = requete.getSession(false);
            if (session != null && session.getAttribute(EN_ATTENTE) instanceof EnAttente enAttente
                    && authentification.getPrincipal() instanceof CompteConnecte compte) {
                session.removeAttribute(EN_ATTENTE);
                if (!"true".equals(requete.getParameter(LIER))) {
                    suite.onAuthenticationSuccess(requete, reponse, authentification);
                    return;
                }
                try {
                    // Confirmed with the revision the password was checked against, not the one the link reads again.
                    ConnexionsDeLaRequete.noter(compte);
                    var lie = identites.lierCompte(compte.id(), enAttente.identite(), requete.getRemoteAddr());
                    var signe = SecurityContextHolder.createEmptyContext();
                    var certifiee = new ConnexionCertifiee(lie, enAttente.attestation(), enAttente.jetonIdentite());
                    signe.setAuthentication(certifiee);
                    SecurityContextHolder.setContext(signe);
                    contexte.saveContext(signe, requete, reponse);
                    requete.getSession().setAttribute("franceConnectLie", Boolean.TRUE);
                    suite.onAuthenticationSuccess(requete, reponse, certifiee);
                    return;
                } catch (RefusCompte refus) {
                    requete.getSession().setAttribute("franceConnectRefus", refus.getMessage());
                }
            }
            suite.onAuthenticationSuccess(requete, reponse, authentification);
        };
    }

    /**
     * After the portal's sign-out: a FranceConnect sign-in also ends the provider's session (end-session endpoint
     * with {@code id_token_hint}), which sends the browser back to the login page.
     */
    LogoutSuccessHandler deconnexion(LogoutSuccessHandler sinon) {
        return (requete, reponse, authentification) -> {
            if (authentification instanceof ConnexionCertifiee certifiee && certifiee.jetonIdentite() != null) {
                var client = fournisseurs.findByRegistrationId(ID);
                Object fin = client == null ? null
                        : client.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
                if (fin != null) {
                    reponse.sendRedirect(UriComponentsBuilder.fromUriString(fin.toString())
                            .queryParam("id_token_hint", certifiee.jetonIdentite())
                            .queryParam("state", UUID.randomUUID().toString())
                            .queryParam("post_logout_redirect_uri", proprietes.adressePublique("/connexion?deconnecte"))
                            .encode().build().toUriString());
                    return;
                }
            }
            sinon.onLogoutSuccess(requete, reponse, authentification);
        };
    }
}
