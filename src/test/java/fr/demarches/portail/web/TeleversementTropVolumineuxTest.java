package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
 * Over the server's upload limit, the container refuses the request (413), so only a real server shows it: the
 * citizen is sent back to the form with the reason, not to a bare error, and nothing is saved.
 */
@TestIntegration
class TeleversementTropVolumineuxTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("SESSION=([^;]+)");
    private static final int DOUZE_MO = 12 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    private final HttpClient http = HttpClient.newHttpClient();
    private String session;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        session = null;
    }

    @Test
    void aFileOverTheLimitLeadsBackToTheFormWithTheReason() throws Exception {
        connecter();
        var reponse = envoyer(csrf(get("/documents").body()), url("/documents").toString());

        assertThat(reponse.statusCode()).isEqualTo(303);
        assertThat(reponse.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/documents"));
        assertThat(get("/documents").body()).contains("Fichier trop volumineux")
                .contains("Le fichier envoyé dépasse 10 Mo : rien n&#39;a été enregistré.");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void withoutAPageToGoBackToTheFrenchPageSaysWhy() throws Exception {
        connecter();
        var reponse = envoyer(csrf(get("/documents").body()), "https://ailleurs.example/documents");

        assertThat(reponse.statusCode()).isEqualTo(413);
        assertThat(reponse.body()).contains("Fichier trop volumineux").contains("rien n&#39;a été enregistré");
    }

    private HttpResponse<String> envoyer(String jeton, String referent) throws Exception {
        return http.send(HttpRequest.newBuilder(url("/documents")).header("Cookie", "SESSION=" + session)
                .header("Referer", referent).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=limite")
                .POST(HttpRequest.BodyPublishers.ofByteArray(formulaire(jeton))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void connecter() throws Exception {
        var page = get("/connexion");
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

    private HttpResponse<String> get(String chemin) throws Exception {
        var requete = HttpRequest.newBuilder(url(chemin)).header("Accept", "text/html");
        if (session != null) {
            requete.header("Cookie", "SESSION=" + session);
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

    private static byte[] formulaire(String jeton) {
        var corps = new ByteArrayOutputStream();
        corps.writeBytes(("--limite\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + jeton + "\r\n"
                + "--limite\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nPIECE_IDENTITE\r\n"
                + "--limite\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.UTF_8));
        corps.writeBytes(new byte[DOUZE_MO]);
        corps.writeBytes("\r\n--limite--\r\n".getBytes(StandardCharsets.UTF_8));
        return corps.toByteArray();
    }

    private URI url(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }
}
