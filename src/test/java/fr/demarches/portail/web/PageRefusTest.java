package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A business refusal is the portal's page with its French message; any other exception is the 500 page, its
 * message never shown. Through a real server, since the 500 page is the container's error dispatch.
 */
@TestIntegration
class PageRefusTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    private final HttpClient http = HttpClient.newHttpClient();
    private String session;

    @BeforeEach
    void connecter() throws Exception {
        donnees.acteurs();
        session = null;
        var page = get("/connexion", null);
        session = cookie(page);
        String corps = "identifiant=" + URLEncoder.encode(DonneesDeTest.USAGER, StandardCharsets.UTF_8)
                + "&motDePasse=" + URLEncoder.encode(DonneesDeTest.MOT_DE_PASSE, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf(page.body());
        var reponse = http.send(HttpRequest.newBuilder(url("/connexion")).header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(302);
        session = cookie(reponse);
    }

    @Test
    void aRefusalIsThePortalsPageWithItsMessageAndAWayBack() throws Exception {
        var reponse = get("/essais/refus", url("/procuration").toString());

        assertThat(reponse.statusCode()).isEqualTo(409);
        assertThat(reponse.body()).contains("<title>Action impossible - Démarches en ligne</title>")
                .contains("fr-alert fr-alert--error")
                .contains("Impossible de décider la procuration ABCDEF : Expirée.")
                .contains("href=\"/procuration\">Retour</a>")
                // The portal's layout: its header and the signed-in citizen's menu.
                .contains("fr-header").contains("href=\"/tableau-de-bord\"");
    }

    @Test
    void withoutAPageOfThisPortalToGoBackToTheLinkLeadsHome() throws Exception {
        assertThat(get("/essais/refus", "https://ailleurs.example/procuration").body())
                .contains("href=\"/\">Retour</a>");
        assertThat(get("/essais/refus", url("/admin/communes").toString()).body()).contains("href=\"/\">Retour</a>");
    }

    @Test
    void aRefusalMarkedWithAStatusIsThatStatussPageAndSaysNothingMore() throws Exception {
        var reponse = get("/essais/introuvable", url("/procuration").toString());

        assertThat(reponse.statusCode()).isEqualTo(404);
        assertThat(reponse.body()).contains("Page non trouvée").doesNotContain(EssaisRefus.INTROUVABLE)
                .doesNotContain("Action impossible");
    }

    @Test
    void anUnexpectedExceptionIsTheErrorPageAndItsMessageIsNeverShown() throws Exception {
        var reponse = get("/essais/panne", url("/procuration").toString());

        assertThat(reponse.statusCode()).isEqualTo(500);
        assertThat(reponse.body()).contains("Erreur inattendue").contains("Erreur 500")
                .doesNotContain(EssaisRefus.PANNE).doesNotContain("Action impossible");
    }

    private HttpResponse<String> get(String chemin, String referent) throws Exception {
        var requete = HttpRequest.newBuilder(url(chemin)).header("Accept", "text/html");
        if (session != null) {
            requete.header("Cookie", "SESSION=" + session);
        }
        if (referent != null) {
            requete.header("Referer", referent);
        }
        return http.send(requete.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(HttpResponse<?> reponse) {
        return reponse.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(m -> m.find())
                .map(m -> m.group(1)).findFirst().orElse(session);
    }

    private static String csrf(String page) {
        var m = CSRF.matcher(page);
        assertThat(m.find()).as("jeton CSRF dans la page").isTrue();
        return m.group(1);
    }

    private URI url(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }
}
