package fr.demarches.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser as MockMvc sees it: keeps the session cookie (sessions live in PostgreSQL through Spring Session,
 * so the cookie is the only link between requests) and sends a CSRF token with each POST.
 */
public class Visiteur {

    private final MockMvc mvc;
    private Cookie session;

    public Visiteur(MockMvc mvc) {
        this.mvc = mvc;
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
        if (session != null) {
            requete.cookie(session);
        }
        ResultActions resultat = mvc.perform(requete);
        Cookie nouveau = resultat.andReturn().getResponse().getCookie("SESSION");
        if (nouveau != null) {
            session = nouveau.getMaxAge() == 0 ? null : nouveau;
        }
        return resultat;
    }

    /** Posts the portal's login form; the URL is the portal's prefix + "/connexion". */
    public ResultActions connecter(String urlConnexion, String identifiant, String motDePasse) throws Exception {
        return post(urlConnexion, "identifiant", identifiant, "motDePasse", motDePasse);
    }

    public String page(String url) throws Exception {
        return get(url).andReturn().getResponse().getContentAsString();
    }

    public Cookie session() {
        return session;
    }
}
