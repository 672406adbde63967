package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class SecuriteWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    DonneesDeTest donnees;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/connexion", "/gs/connexion", "/police/connexion", "/admin/connexion"})
    void aLoginPostedWithoutCsrfTokenIsRejected(String url) throws Exception {
        mvc.perform(post(url).param("identifiant", DonneesDeTest.ADMIN).param("motDePasse", DonneesDeTest.MOT_DE_PASSE))
                .andExpect(status().isForbidden());
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit").query(Long.class).single()).isZero();
    }

    @Test
    void aSignedInFormPostedWithoutCsrfTokenIsRejected() throws Exception {
        var visiteur = new Visiteur(mvc, serveurCourriel);
        visiteur.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        visiteur.executer(post("/admin/deconnexion")).andExpect(status().isForbidden());
        visiteur.get("/admin").andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/connexion", "/gs/connexion", "/police/connexion", "/admin/connexion", "/page-inconnue"})
    void everyResponseCarriesTheSecurityHeaders(String url) throws Exception {
        mvc.perform(get(url))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().exists("Permissions-Policy"));
    }

    @Test
    void strictTransportSecurityIsSentOverTls() throws Exception {
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        String cookie = mvc.perform(get("/connexion")).andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void pagesContainNoInlineScript() throws Exception {
        for (String url : new String[] {"/", "/connexion", "/gs/connexion"}) {
            String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain(" style=\"");
        }
    }

    @Test
    void eachPortalSendsStrangersToItsOwnLoginPage() throws Exception {
        mvc.perform(get("/gs")).andExpect(redirectedUrl("/gs/connexion"));
        mvc.perform(get("/gs/dossiers/123")).andExpect(redirectedUrl("/gs/connexion"));
        mvc.perform(get("/police")).andExpect(redirectedUrl("/police/connexion"));
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/admin/connexion"));
        mvc.perform(get("/tableau-de-bord")).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void anAgentCannotOpenTheCommuneAdministratorsPages() throws Exception {
        var visiteur = new Visiteur(mvc, serveurCourriel);
        visiteur.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        visiteur.get("/gs/administration").andExpect(status().isForbidden());
        var admin = new Visiteur(mvc, serveurCourriel);
        admin.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        admin.get("/gs/administration").andExpect(status().isNotFound());
    }
}
