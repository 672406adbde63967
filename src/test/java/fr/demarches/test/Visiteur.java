package fr.demarches.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser as MockMvc sees it: keeps its cookies (the session cookie, since sessions live in PostgreSQL through
 * Spring Session and the cookie is the only link between requests; the trusted-device cookie of /gs), sending each
 * only under its path, and sends a CSRF token with each POST. Given the GreenMail server, it completes /gs and
 * /police logins with the code the mail brings.
 */
public class Visiteur {

    /** The login pages followed by a second step, and their verification pages. */
    private static final java.util.Map<String, String> DEUX_ETAPES = java.util.Map.of(
            "/gs/connexion", "/gs/verification", "/police/connexion", "/police/verification");

    private final MockMvc mvc;
    private final GreenMail courriels;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public Visiteur(MockMvc mvc) {
        this(mvc, null);
    }

    /** A visitor that can sign in to /gs and /police: the code of the second step is read from this server's mails. */
    public Visiteur(MockMvc mvc, GreenMail courriels) {
        this.mvc = mvc;
        this.courriels = courriels;
    }

    public ResultActions get(String url) throws Exception {
        return executer(MockMvcRequestBuilders.get(url));
    }

    public ResultActions post(String url, String... nomsEtValeurs) throws Exception {
        var requete = MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            requete.param(nomsEtValeurs[i], nomsEtValeurs[i + 1]);
        }
        return executer(requete);
    }

    public ResultActions executer(AbstractMockHttpServletRequestBuilder<?> requete) throws Exception {
        requete.with(r -> {
            var envoyes = cookies.values().stream()
                    .filter(c -> c.getPath() == null || r.getRequestURI().startsWith(c.getPath())).toArray(Cookie[]::new);
            if (envoyes.length > 0) {
                r.setCookies(envoyes);
            }
            return r;
        });
        ResultActions resultat = mvc.perform(requete);
        for (Cookie recu : resultat.andReturn().getResponse().getCookies()) {
            if (recu.getMaxAge() == 0) {
                cookies.remove(recu.getName());
            } else {
                cookies.put(recu.getName(), recu);
            }
        }
        return resultat;
    }

    /**
     * Signs in through the portal's login form (the URL is the portal's prefix + "/connexion"). On /gs and /police,
     * when the password leads to the second step, the code is read from the mail and typed: the result is then the
     * answer to the code. Use {@link #connecterSansCode} to stop after the password.
     */
    public ResultActions connecter(String urlConnexion, String identifiant, String motDePasse) throws Exception {
        ResultActions resultat = connecterSansCode(urlConnexion, identifiant, motDePasse);
        String verification = DEUX_ETAPES.get(urlConnexion);
        if (verification == null || !verification.equals(resultat.andReturn().getResponse().getRedirectedUrl())) {
            return resultat;
        }
        if (courriels == null) {
            throw new IllegalStateException("Connexion à " + urlConnexion + " : créez le Visiteur avec le serveur GreenMail");
        }
        return post(verification, "code", Courriels.codeDeVerification(courriels, identifiant));
    }

    /** Posts the login form only: on /gs and /police, stops at the second step. */
    public ResultActions connecterSansCode(String urlConnexion, String identifiant, String motDePasse) throws Exception {
        return post(urlConnexion, "identifiant", identifiant, "motDePasse", motDePasse);
    }

    public String page(String url) throws Exception {
        return get(url).andReturn().getResponse().getContentAsString();
    }

    public Cookie session() {
        return cookies.get("SESSION");
    }

    /** A cookie the visitor holds, or null. */
    public Cookie cookie(String nom) {
        return cookies.get(nom);
    }
}
