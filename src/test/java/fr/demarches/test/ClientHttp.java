package fr.demarches.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A citizen's browser over real HTTP, for what only the servlet container does (error dispatch, upload limits):
 * signs in through the login form and keeps the session cookie.
 */
public class ClientHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("SESSION=([^;]+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private String session;

    public ClientHttp(int port) {
        this.port = port;
    }

    /** Signs in on the citizens' portal with the test citizen. */
    public ClientHttp connecterUsager() throws IOException, InterruptedException {
        var page = get("/connexion", null);
        session = cookie(page);
        String corps = "identifiant=" + URLEncoder.encode(DonneesDeTest.USAGER, StandardCharsets.UTF_8)
                + "&motDePasse=" + URLEncoder.encode(DonneesDeTest.MOT_DE_PASSE, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf(page.body());
        var reponse = envoyer(HttpRequest.newBuilder(url("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)));
        assertThat(reponse.statusCode()).isEqualTo(302);
        session = cookie(reponse);
        return this;
    }

    /** A page as a browser asks for it; {@code referent} null: no Referer. */
    public HttpResponse<String> get(String chemin, String referent) throws IOException, InterruptedException {
        var requete = HttpRequest.newBuilder(url(chemin)).header("Accept", "text/html");
        if (referent != null) {
            requete.header("Referer", referent);
        }
        return envoyer(requete.GET());
    }

    /** Sends with the session cookie, if signed in. */
    public HttpResponse<String> envoyer(HttpRequest.Builder requete) throws IOException, InterruptedException {
        if (session != null) {
            requete.header("Cookie", "SESSION=" + session);
        }
        return http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI url(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    /** The CSRF token of a page's form. */
    public static String csrf(String page) {
        var m = CSRF.matcher(page);
        assertThat(m.find()).as("jeton CSRF dans la page").isTrue();
        return m.group(1);
    }

    private String cookie(HttpResponse<?> reponse) {
        return reponse.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(m -> m.find())
                .map(m -> m.group(1)).findFirst().orElse(session);
    }
}
