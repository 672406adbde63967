package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages need the real servlet container (its error dispatch), so these go through HTTP. */
@TestIntegration
class PagesErreurTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMissingPageShowsTheFrenchDsfrNotFoundPage() throws Exception {
        var reponse = envoyer(HttpRequest.newBuilder(url("/dsfr/inexistant.css")).header("Accept", "text/html").GET());
        assertThat(reponse.statusCode()).isEqualTo(404);
        assertThat(reponse.body()).contains("<html lang=\"fr\"").contains("Page non trouvée").contains("Erreur 404")
                .contains("fr-header").contains("fr-footer").contains("Page d’accueil");
    }

    @Test
    void aRefusedRequestShowsTheFrenchForbiddenPage() throws Exception {
        var reponse = envoyer(HttpRequest.newBuilder(url("/gs/connexion")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("identifiant=x&motDePasse=y")));
        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(reponse.body()).contains("Accès refusé").contains("Erreur 403").contains("Gestionnaire de Suivi");
    }

    @Test
    void errorPagesNeverShowAStackTrace() throws Exception {
        var reponse = envoyer(HttpRequest.newBuilder(url("/api/communes")).header("Accept", "text/html").GET());
        assertThat(reponse.statusCode()).isEqualTo(400);
        assertThat(reponse.body()).contains("Demande impossible").doesNotContain("Exception").doesNotContain("at org.");
    }

    private URI url(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    private HttpResponse<String> envoyer(HttpRequest.Builder requete) throws Exception {
        return http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }
}
