package fr.demarches.portail.securite;

import java.time.Clock;

import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.Authentification;
import fr.demarches.compte.LimiteurTentatives;
import fr.demarches.portail.Portail;
import fr.demarches.portail.internal.ProprietesPortail;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * One filter chain per portal. Each keeps its sign-in under its own session key, loads only its own kind of
 * accounts, and has its own login page: a citizen signed in on "/" is a stranger on "/gs", and a mairie
 * agent's password does not open "/police".
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecuriteConfig {

    /**
     * Public pages of the citizens' portal. {@code /actuator/**} is among them only so that the public port answers
     * 404 there (the endpoints live on the management port) instead of a login page.
     */
    static final String[] PUBLIC = {"/", "/connexion", "/error", "/dsfr/**", "/css/**", "/js/**", "/img/**",
        "/favicon.ico", "/api/communes", "/accessibilite", "/mentions-legales", "/donnees-personnelles",
        "/actuator/**", "/inscription", "/inscription/**", "/mot-de-passe-oublie",
        "/mot-de-passe-oublie/**", "/mot-de-passe/**", "/confirmation/**", "/raccordement", "/raccordement/**"};

    private final Authentification authentification;
    private final LimiteurTentatives limiteur;
    private final ProprietesPortail.ReglesConnexion regles;
    private final PasswordEncoder chiffrement;
    private final JournalAudit journal;
    private final Clock horloge;
    private final ConnexionEnDeuxEtapes deuxEtapes;

    SecuriteConfig(Authentification authentification, LimiteurTentatives limiteur, ProprietesPortail proprietes,
            PasswordEncoder chiffrement, JournalAudit journal, Clock horloge, ConnexionEnDeuxEtapes deuxEtapes) {
        this.authentification = authentification;
        this.limiteur = limiteur;
        this.regles = proprietes.securite().connexion();
        this.chiffrement = chiffrement;
        this.journal = journal;
        this.horloge = horloge;
        this.deuxEtapes = deuxEtapes;
    }

    /**
     * No observation around each security filter, authentication and authorization: they wrapped the fifteen filters
     * of every request (a twentieth of a page's CPU) for metrics nobody reads. {@code http.server.requests} stays.
     */
    @Bean
    static SecurityObservationSettings sansObservationsDeSecurite() {
        return SecurityObservationSettings.noObservations();
    }

    /** Where a portal keeps its sign-in in the session: its own key, so portals never share one. */
    static HttpSessionSecurityContextRepository contexte(Portail portail) {
        var contexte = new HttpSessionSecurityContextRepository();
        contexte.setSpringSecurityContextKey("SPRING_SECURITY_CONTEXT_" + portail.name());
        return contexte;
    }

    /** Where a portal keeps the page asked before its login. */
    static HttpSessionRequestCache demandeMemorisee(Portail portail) {
        var demandeMemorisee = new HttpSessionRequestCache();
        demandeMemorisee.setSessionAttrName("SPRING_SECURITY_SAVED_REQUEST_" + portail.name());
        return demandeMemorisee;
    }

    /**
     * The management port: probes and metrics, read by the load balancer and Prometheus on the private network, with
     * no session, login or CSRF (GET only). Should an operator put it on the public port
     * ({@code management.server.port} equal to {@code server.port}), only the health probes stay open there.
     */
    @Bean
    @Order(0)
    SecurityFilterChain gestion(HttpSecurity http, Environment environnement) throws Exception {
        boolean portDistinct = ManagementPortType.get(environnement) == ManagementPortType.DIFFERENT;
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
                    if (portDistinct) {
                        a.anyRequest().permitAll();
                    } else {
                        a.anyRequest().denyAll();
                    }
                })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain administration(HttpSecurity http) throws Exception {
        return portail(http, Portail.ADMIN)
                .authorizeHttpRequests(a -> a.requestMatchers("/admin/connexion", "/admin/mot-de-passe/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .build();
    }

    /**
     * The mairie agents open the personal data of many people: a password is not enough. With the second factor on,
     * the password grants {@code FACTOR_PASSWORD}, the verification page (code by e-mail, or a trusted device)
     * grants {@code FACTOR_OTT}, and every other /gs page requires both; a signed-in agent lacking the second is
     * sent to the verification page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain gestionnaireDeSuivi(HttpSecurity http) throws Exception {
        var regles = reglesDeuxEtapes();
        portail(http, Portail.GS)
                .authorizeHttpRequests(a -> a.requestMatchers("/gs/connexion", "/gs/mot-de-passe/**").permitAll()
                        .requestMatchers("/gs/verification", "/gs/verification/**").hasRole("AGENT")
                        .requestMatchers("/gs/administration/**").access(regles.hasRole("ADMIN_COMMUNE"))
                        .anyRequest().access(regles.hasRole("AGENT")));
        return deuxEtapes(http, Portail.GS).build();
    }

    /** The officers open any mandant's identity by reference: the same second factor as /gs. */
    @Bean
    @Order(3)
    SecurityFilterChain police(HttpSecurity http) throws Exception {
        var regles = reglesDeuxEtapes();
        portail(http, Portail.POLICE)
                .authorizeHttpRequests(a -> a.requestMatchers("/police/connexion", "/police/mot-de-passe/**").permitAll()
                        .requestMatchers("/police/verification", "/police/verification/**").hasRole("OFFICIER")
                        .anyRequest().access(regles.hasRole("OFFICIER")));
        return deuxEtapes(http, Portail.POLICE).build();
    }

    /** Both factors required when the second factor is on (every portal of {@link ConnexionEnDeuxEtapes#PORTAILS}). */
    private AuthorizationManagerFactory<RequestAuthorizationContext> reglesDeuxEtapes() {
        return deuxEtapes.actif()
                ? AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                        .requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY)
                        .build()
                : new DefaultAuthorizationManagerFactory<>();
    }

    /** After the password, the portal's verification page; a login lacking the second factor is sent there. */
    private HttpSecurity deuxEtapes(HttpSecurity http, Portail portail) throws Exception {
        if (deuxEtapes.actif()) {
            http.formLogin(f -> f.successHandler(deuxEtapes.apresMotDePasse(portail)))
                    .exceptionHandling(e -> e.defaultDeniedHandlerForMissingAuthority((requete, reponse, refus) ->
                            reponse.sendRedirect(requete.getContextPath() + portail.url("/verification")),
                            FactorGrantedAuthority.OTT_AUTHORITY));
        }
        return http;
    }

    /**
     * Everything else is the citizens' portal: public pages listed, the rest needs a signed-in citizen, by password
     * or through FranceConnect (see {@link FranceConnect}).
     */
    @Bean
    @Order(4)
    SecurityFilterChain usagers(HttpSecurity http, FranceConnect franceConnect, InformationsUtilisateur informations)
            throws Exception {
        var issues = new IssuesConnexion(journal, horloge, Portail.USAGER);
        var deconnecte = new org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler();
        deconnecte.setDefaultTargetUrl(Portail.USAGER.url("/connexion?deconnecte"));
        return portail(http, Portail.USAGER, franceConnect.verificationCode(franceConnect.utilisateurs(informations)))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(FranceConnect.CHEMIN_PREMIERE, "/connexion/franceconnect/**").permitAll()
                        .anyRequest().hasRole("USAGER"))
                .formLogin(f -> f.successHandler(franceConnect.apresMotDePasse(
                        issues.succes(demandeMemorisee(Portail.USAGER)))))
                .oauth2Login(o -> o.loginPage(Portail.USAGER.url("/connexion"))
                        .authorizationEndpoint(e -> e.authorizationRequestResolver(franceConnect.demandes()))
                        .successHandler(franceConnect.succes())
                        .failureHandler(franceConnect.echec()))
                .logout(l -> l.logoutSuccessHandler(franceConnect.deconnexion(deconnecte)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(franceConnect.politiqueContenu(EnTetesSecurite.CSP))))
                .build();
    }

    /** {@code autres}: what else signs in on this portal besides the password (FranceConnect's code, for citizens). */
    private HttpSecurity portail(HttpSecurity http, Portail portail,
            org.springframework.security.authentication.AuthenticationProvider... autres) throws Exception {
        if (portail != Portail.USAGER) {
            http.securityMatcher(portail.accueil(), portail.url("/**"));
        }
        var contexte = contexte(portail);
        var demandeMemorisee = demandeMemorisee(portail);
        var verification = new DaoAuthenticationProvider(authentification.pour(portail.espace()));
        verification.setPasswordEncoder(chiffrement);
        var issues = new IssuesConnexion(journal, horloge, portail);

        return http
                .addFilterBefore(new VerificationCompteActif(horloge, journal, portail, contexte),
                        AuthorizationFilter.class)
                .securityContext(c -> c.securityContextRepository(contexte))
                .requestCache(c -> c.requestCache(demandeMemorisee))
                .authenticationManager(new ProviderManager(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(new ConnexionLimitee(verification, limiteur, regles, portail)),
                        java.util.stream.Stream.of(autres)).toList()))
                .formLogin(f -> f.loginPage(portail.url("/connexion"))
                        .usernameParameter("identifiant")
                        .passwordParameter("motDePasse")
                        .successHandler(issues.succes(demandeMemorisee))
                        .failureHandler(issues.echec()))
                .logout(l -> l.logoutUrl(portail.url("/deconnexion"))
                        .addLogoutHandler(issues.deconnexion())
                        .logoutSuccessUrl(portail.url("/connexion?deconnecte")))
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(portail.url("/connexion"))))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(EnTetesSecurite.CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(EnTetesSecurite.PERMISSIONS))
                        .httpStrictTransportSecurity(t -> t.includeSubDomains(true)
                                .maxAgeInSeconds(EnTetesSecurite.HSTS_SECONDES)));
    }
}
