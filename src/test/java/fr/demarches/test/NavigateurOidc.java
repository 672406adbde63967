package fr.demarches.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A browser over real HTTP between the application and the tests' OpenID provider: it keeps each server's cookies
 * (by port: the provider and the application share the host), never follows a redirect on its own, so that a test
 * sees and may tamper with each step of the protocol.
 */
public class NavigateurOidc {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<Integer, Map<String, String>> cookies = new LinkedHashMap<>();
    private final int portApplication;

    public NavigateurOidc(int portApplication) {
        this.portApplication = portApplication;
    }

    public URI application(String chemin) {
        return URI.create("http://localhost:" + portApplication + chemin);
    }

    public HttpResponse<String> get(URI adresse) throws IOException, InterruptedException {
        return envoyer(HttpRequest.newBuilder(adresse).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> get(String cheminApplication) throws IOException, InterruptedException {
        return get(application(cheminApplication));
    }

    /** Posts a form (pairs of names and values) with the CSRF token of {@code page}. */
    public HttpResponse<String> poster(URI adresse, String page, String... nomsEtValeurs)
            throws IOException, InterruptedException {
        var corps = new StringBuilder("_csrf=").append(encoder(csrf(page)));
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            corps.append('&').append(encoder(nomsEtValeurs[i])).append('=').append(encoder(nomsEtValeurs[i + 1]));
        }
        return envoyer(HttpRequest.newBuilder(adresse).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps.toString())));
    }

    public HttpResponse<String> poster(String cheminApplication, String page, String... nomsEtValeurs)
            throws IOException, InterruptedException {
        return poster(application(cheminApplication), page, nomsEtValeurs);
    }

    /** Follows redirects from {@code reponse} while they go to {@code tant que} the predicate holds; the last answer. */
    public HttpResponse<String> suivre(HttpResponse<String> reponse, java.util.function.Predicate<URI> tantQue)
            throws IOException, InterruptedException {
        var courante = reponse;
        for (int i = 0; i < 10 && courante.statusCode() / 100 == 3; i++) {
            URI suivante = destination(courante);
            if (!tantQue.test(suivante)) {
                return courante;
            }
            courante = get(suivante);
        }
        return courante;
    }

    /**
     * The FranceConnect button, the provider's page ({@code emetteur}) where the identity {@code sub} is picked, up to
     * the provider's redirect back to the application, not followed: a test may tamper with it.
     */
    public URI jusquAuRetour(String emetteur, String sub) throws IOException, InterruptedException {
        var page = suivre(get("/connexion/franceconnect"), u -> true);
        assertThat(page.uri().toString()).startsWith(emetteur + "/connexion");
        var choisie = poster(URI.create(emetteur + "/connexion"), page.body(), "identite", sub, "code", "demo");
        URI retour = destination(suivre(choisie, u -> u.getPort() != portApplication));
        assertThat(retour.getPath()).isEqualTo("/login/oauth2/code/franceconnect");
        return retour;
    }

    /** The whole sign-in; the application's answer to the provider's redirect. */
    public HttpResponse<String> seConnecterParFranceConnect(String emetteur, String sub)
            throws IOException, InterruptedException {
        return get(jusquAuRetour(emetteur, sub));
    }

    /** The whole sign-in, creating the account when it is the identity's first one (« Créer mon compte »). */
    public void seConnecterParFranceConnectEnCreant(String emetteur, String sub)
            throws IOException, InterruptedException {
        var arrivee = seConnecterParFranceConnect(emetteur, sub);
        if (destination(arrivee).getPath().equals("/connexion/franceconnect/premiere")) {
            var choix = get("/connexion/franceconnect/premiere");
            assertThat(poster("/connexion/franceconnect/creer", choix.body()).statusCode()).isEqualTo(302);
        }
    }

    public static URI destination(HttpResponse<?> reponse) {
        assertThat(reponse.statusCode() / 100).as("redirection attendue").isEqualTo(3);
        return reponse.uri().resolve(reponse.headers().firstValue("Location").orElseThrow());
    }

    public static String csrf(String page) {
        var m = CSRF.matcher(page);
        assertThat(m.find()).as("jeton CSRF dans la page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> envoyer(HttpRequest.Builder requete) throws IOException, InterruptedException {
        var construite = requete.build();
        int port = construite.uri().getPort();
        var miens = cookies.computeIfAbsent(port, p -> new LinkedHashMap<>());
        if (!miens.isEmpty()) {
            var entete = new StringBuilder();
            miens.forEach((nom, valeur) -> entete.append(entete.isEmpty() ? "" : "; ").append(nom).append('=')
                    .append(valeur));
            construite = HttpRequest.newBuilder(construite, (n, v) -> true).header("Cookie", entete.toString()).build();
        }
        var reponse = http.send(construite, HttpResponse.BodyHandlers.ofString());
        for (String recu : reponse.headers().allValues("Set-Cookie")) {
            String paire = recu.split(";", 2)[0];
            int egal = paire.indexOf('=');
            String nom = paire.substring(0, egal).strip();
            String valeur = paire.substring(egal + 1).strip();
            if (valeur.isEmpty() || recu.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                miens.remove(nom);
            } else {
                miens.put(nom, valeur);
            }
        }
        return reponse;
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
