package fr.demarches.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A real OpenID provider shaped like FranceConnect, on a local port of its own, for the {@code demo} profile and the
 * tests only: Spring Security's authorization server in a Spring context of its own (never the application's),
 * a page to pick a test identity (at level {@code eidas1}, like FranceConnect, or {@code eidas3}, like France
 * Identité through FranceConnect+) and to cancel, ID tokens and userinfo signed with a key published as JWKS,
 * the userinfo as a signed JWT like FranceConnect v2, and the end-session endpoint.
 * <p>
 * Claims as FranceConnect publishes them: {@code given_name} (first names separated by spaces), {@code family_name},
 * {@code preferred_username} (usage name, may be empty), {@code birthdate} (YYYY-MM-DD), {@code gender}
 * ({@code female}/{@code male}), {@code birthplace} (INSEE code of the commune, empty when born abroad),
 * {@code birthcountry} (INSEE code of the country, 99100 for France), {@code email}.
 */
public final class FournisseurIdentiteLocal implements AutoCloseable {

    /** The client the application is registered as (see application-demo.yml and the tests' configuration). */
    public static final String CLIENT = "demarches-en-ligne";
    public static final String SECRET = "secret-du-fournisseur-local";

    /** A person the provider knows; {@code sub} is the opaque identifier it gives the application. */
    public record Identite(String sub, String prenoms, String nom, String nomUsage, String dateNaissance,
            String genre, String lieuNaissance, String paysNaissance, String courriel, String acr) {

        Map<String, Object> claims() {
            var claims = new LinkedHashMap<String, Object>();
            claims.put("sub", sub);
            claims.put("given_name", prenoms);
            claims.put("family_name", nom);
            claims.put("preferred_username", nomUsage == null ? "" : nomUsage);
            claims.put("birthdate", dateNaissance);
            claims.put("gender", genre);
            claims.put("birthplace", lieuNaissance == null ? "" : lieuNaissance);
            claims.put("birthcountry", paysNaissance);
            claims.put("email", courriel);
            return claims;
        }

        String libelle() {
            return prenoms + " " + nom + " — " + ("eidas1".equals(acr) ? "FranceConnect, niveau faible (eidas1)"
                    : "France Identité par FranceConnect+, niveau élevé (" + acr + ")");
        }
    }

    /** The demonstration identities (README): both levels, and one matching the demo password account. */
    public static final List<Identite> IDENTITES_DEMO = List.of(
            new Identite("a1f2c3e4b5d6a7f8e9c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2v1", "Angela Claire Louise",
                    "DUBOIS", "", "1962-08-24", "female", "69123", "99100", "angela.dubois@exemple.fr", "eidas1"),
            new Identite("b2e3d4c5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3v1", "Jean Paul", "DURAND",
                    "", "1985-03-14", "male", "92050", "99100", "jean.durand@exemple.fr", "eidas3"),
            new Identite("c3f4e5d6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4v1", "Camille", "MARTIN", "",
                    "1990-05-12", "female", "92050", "99100", "camille.martin@exemple.fr", "eidas3"));

    private final Map<String, Identite> identites = new ConcurrentHashMap<>();
    private final Set<String> adressesApplication = new CopyOnWriteArraySet<>();
    private final AnnotationConfigServletWebServerApplicationContext contexte;
    private final int port;

    private FournisseurIdentiteLocal(int port, Collection<Identite> connues) {
        this.port = port;
        connues.forEach(this::ajouter);
        contexte = new AnnotationConfigServletWebServerApplicationContext();
        contexte.setId("fournisseur-identite-local");
        contexte.registerBean(FournisseurIdentiteLocal.class, () -> this);
        contexte.register(Configuration.class);
        contexte.refresh();
    }

    /** Starts a provider on this port (0: a free one) that knows these identities. */
    public static FournisseurIdentiteLocal demarrer(int port, Collection<Identite> identites) {
        // The issuer names the port: chosen before the server starts.
        if (port == 0) {
            try (var libre = new java.net.ServerSocket(0)) {
                port = libre.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new FournisseurIdentiteLocal(port, identites);
    }

    /** Lets the application at this address (e.g. "http://localhost:8080") sign in and sign out through it. */
    public void autoriserApplication(String adresse) {
        adressesApplication.add(adresse.replaceAll("/+$", ""));
    }

    public void ajouter(Identite identite) {
        identites.put(identite.sub(), identite);
    }

    /** Its issuer, as the application's configuration names it. */
    public String emetteur() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        contexte.close();
    }

    RegisteredClient client() {
        var client = RegisteredClient.withId("client-demarches").clientId(CLIENT).clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope(OidcScopes.OPENID)
                .scopes(s -> s.addAll(List.of("given_name", "family_name", "birthdate", "birthplace", "birthcountry",
                        "gender", "email", "preferred_username")))
                // The application must send PKCE, as FranceConnect asks of its partners.
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
        for (String adresse : adressesApplication) {
            client.redirectUri(adresse + "/login/oauth2/code/franceconnect");
            client.postLogoutRedirectUri(adresse + "/connexion?deconnecte");
        }
        if (adressesApplication.isEmpty()) {
            client.redirectUri("http://localhost/login/oauth2/code/franceconnect");
        }
        return client.build();
    }

    /** The beans of the provider's own context (not a @Configuration: the application's scan must not see it). */
    @EnableWebSecurity
    static class Configuration {

        @Bean
        static TomcatServletWebServerFactory serveur(FournisseurIdentiteLocal fournisseur) {
            var serveur = new TomcatServletWebServerFactory(fournisseur.port);
            serveur.setAddress(java.net.InetAddress.getLoopbackAddress());
            return serveur;
        }

        /** Its own cookie name: the browser sends cookies across ports of one host. */
        @Bean
        ServletContextInitializer cookieDeSession() {
            return contexte -> contexte.getSessionCookieConfig().setName("FOURNISSEUR_LOCAL_SESSION");
        }

        @Bean
        ServletRegistrationBean<HttpServlet> pages(FournisseurIdentiteLocal fournisseur,
                RegisteredClientRepository clients) {
            return new ServletRegistrationBean<>(new Pages(fournisseur, clients), "/connexion", "/annuler", "/");
        }

        @Bean
        SecurityFilterChain fournisseur(HttpSecurity http, FournisseurIdentiteLocal fournisseur, JWKSource<SecurityContext> cles,
                RegisteredClientRepository clients) throws Exception {
            var encodeur = new NimbusJwtEncoder(cles);
            http.oauth2AuthorizationServer(as -> as
                    .registeredClientRepository(clients)
                    .authorizationServerSettings(AuthorizationServerSettings.builder().issuer(fournisseur.emetteur())
                            .authorizationEndpoint("/api/v2/authorize").tokenEndpoint("/api/v2/token")
                            .jwkSetEndpoint("/api/v2/jwks").oidcUserInfoEndpoint("/api/v2/userinfo")
                            .oidcLogoutEndpoint("/api/v2/session/end").build())
                    .authorizationEndpoint(e -> e.authenticationProviders(fournisseurs -> fournisseurs.forEach(p -> {
                        if (p instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider code) {
                            code.setAuthenticationValidator(OAuth2AuthorizationCodeRequestAuthenticationValidator
                                    .DEFAULT_SCOPE_VALIDATOR.andThen(FournisseurIdentiteLocal::adresseDeRetourExacte));
                        }
                    })))
                    .oidc(oidc -> oidc
                            .userInfoEndpoint(u -> u
                                    .userInfoMapper(c -> new OidcUserInfo(fournisseur.claims(
                                            c.getAuthorization().getPrincipalName())))
                                    .userInfoResponseHandler((requete, reponse, authentification) -> {
                                        var infos = ((OidcUserInfoAuthenticationToken) authentification).getUserInfo();
                                        var maintenant = Instant.now();
                                        var claims = JwtClaimsSet.builder().issuer(fournisseur.emetteur())
                                                .audience(List.of(CLIENT)).issuedAt(maintenant)
                                                .expiresAt(maintenant.plus(Duration.ofMinutes(5)))
                                                .claims(c -> c.putAll(infos.getClaims())).build();
                                        var jwt = encodeur.encode(JwtEncoderParameters.from(
                                                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims));
                                        reponse.setContentType("application/jwt");
                                        reponse.getOutputStream().write(jwt.getTokenValue()
                                                .getBytes(StandardCharsets.US_ASCII));
                                    }))))
                    .authorizeHttpRequests(a -> a.requestMatchers("/connexion", "/annuler", "/", "/error").permitAll()
                            .anyRequest().authenticated())
                    .formLogin(f -> f.loginPage("/connexion").usernameParameter("identite").passwordParameter("code"))
                    .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion")));
            return http.build();
        }

        @Bean
        RegisteredClientRepository clients(FournisseurIdentiteLocal fournisseur) {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // Only the library's re-encoding of the secret calls it: the client is rebuilt on each look-up.
                }

                @Override
                public RegisteredClient findById(String id) {
                    var client = fournisseur.client();
                    return client.getId().equals(id) ? client : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    var client = fournisseur.client();
                    return client.getClientId().equals(clientId) ? client : null;
                }
            };
        }

        /** Every identity signs in with the same code: the page posts it, the person only picks who they are. */
        @Bean
        UserDetailsService personnes(FournisseurIdentiteLocal fournisseur) {
            return sub -> {
                if (!fournisseur.identites.containsKey(sub)) {
                    throw new UsernameNotFoundException(sub);
                }
                return User.withUsername(sub).password("{noop}demo").roles("PERSONNE").build();
            };
        }

        @Bean
        JWKSource<SecurityContext> cles() throws Exception {
            var generateur = KeyPairGenerator.getInstance("RSA");
            generateur.initialize(2048);
            var paire = generateur.generateKeyPair();
            var cle = new RSAKey.Builder((RSAPublicKey) paire.getPublic()).privateKey((RSAPrivateKey) paire.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(cle));
        }

        @Bean
        JwtDecoder decodeur(JWKSource<SecurityContext> cles) throws Exception {
            var cle = ((ImmutableJWKSet<SecurityContext>) cles).getJWKSet().getKeys().getFirst().toRSAKey();
            return NimbusJwtDecoder.withPublicKey(cle.toRSAPublicKey()).build();
        }

        /** The level of the identity in the ID token ({@code acr}), as FranceConnect sets it. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> niveau(FournisseurIdentiteLocal fournisseur) {
            return contexte -> {
                if (OidcParameterNames.ID_TOKEN.equals(contexte.getTokenType().getValue())) {
                    var identite = fournisseur.identites.get(contexte.getPrincipal().getName());
                    if (identite != null) {
                        contexte.getClaims().claim("acr", identite.acr())
                                .claim("amr", List.of("eidas1".equals(identite.acr()) ? "pwd" : "mfa"));
                    }
                }
            };
        }
    }

    Map<String, Object> claims(String sub) {
        var identite = identites.get(sub);
        return identite == null ? Map.of("sub", sub) : identite.claims();
    }

    /** Exactly a registered address (localhost included, unlike the library's default, for the demonstration). */
    private static void adresseDeRetourExacte(OAuth2AuthorizationCodeRequestAuthenticationContext contexte) {
        OAuth2AuthorizationCodeRequestAuthenticationToken demande = contexte.getAuthentication();
        if (!contexte.getRegisteredClient().getRedirectUris().contains(demande.getRedirectUri())) {
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "redirect_uri inconnue", null), null);
        }
    }

    /** The page to pick an identity, and the way back to the application without signing in. */
    private static final class Pages extends HttpServlet {

        private final transient FournisseurIdentiteLocal fournisseur;
        private final transient RegisteredClientRepository clients;

        Pages(FournisseurIdentiteLocal fournisseur, RegisteredClientRepository clients) {
            this.fournisseur = fournisseur;
            this.clients = clients;
        }

        @Override
        protected void doGet(HttpServletRequest requete, HttpServletResponse reponse) throws IOException {
            if ("/annuler".equals(requete.getServletPath())) {
                annuler(requete, reponse);
                return;
            }
            var csrf = (CsrfToken) requete.getAttribute(CsrfToken.class.getName());
            var page = new StringBuilder("""
                    <!doctype html><html lang="fr"><head><meta charset="utf-8">
                    <title>Fournisseur d'identité de démonstration</title></head><body>
                    <h1>Fournisseur d'identité de démonstration</h1>
                    <p>Ce fournisseur local imite FranceConnect pour la démonstration et les tests.
                    Choisissez l'identité avec laquelle vous connecter.</p>
                    <form method="post" action="/connexion">
                    """);
            page.append("<input type=\"hidden\" name=\"").append(csrf.getParameterName()).append("\" value=\"")
                    .append(csrf.getToken()).append("\"><input type=\"hidden\" name=\"code\" value=\"demo\"><ul>");
            for (var identite : new ArrayList<>(fournisseur.identites.values())) {
                page.append("<li><button type=\"submit\" name=\"identite\" value=\"")
                        .append(HtmlUtils.htmlEscape(identite.sub())).append("\">")
                        .append(HtmlUtils.htmlEscape(identite.libelle())).append("</button></li>");
            }
            page.append("</ul></form><p><a id=\"annuler\" href=\"/annuler\">Annuler et revenir au service</a></p>")
                    .append("</body></html>");
            reponse.setContentType("text/html;charset=UTF-8");
            reponse.getWriter().write(page.toString());
        }

        /** Back to the application's registered address with error=access_denied, as FranceConnect does. */
        private void annuler(HttpServletRequest requete, HttpServletResponse reponse) throws IOException {
            var memorisee = new HttpSessionRequestCache().getRequest(requete, reponse);
            if (memorisee == null) {
                reponse.sendError(400, "Aucune demande en cours");
                return;
            }
            String clientId = premier(memorisee.getParameterValues("client_id"));
            String retour = premier(memorisee.getParameterValues("redirect_uri"));
            var client = clientId == null ? null : clients.findByClientId(clientId);
            if (client == null || retour == null || !client.getRedirectUris().contains(retour)) {
                reponse.sendError(400, "Demande invalide");
                return;
            }
            var adresse = UriComponentsBuilder.fromUri(URI.create(retour)).queryParam("error", "access_denied")
                    .queryParam("error_description", "User auth aborted")
                    .queryParam("state", premier(memorisee.getParameterValues("state")))
                    .encode().build().toUriString();
            requete.getSession().invalidate();
            reponse.sendRedirect(adresse);
        }

        private static String premier(String[] valeurs) {
            return valeurs == null || valeurs.length == 0 ? null : valeurs[0];
        }
    }
}
