package fr.demarches.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Prometheus as the tests see it: scrapes {@code /actuator/prometheus} on the management port over real HTTP and
 * reads one series out of the text format.
 */
public final class Metriques {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String texte;

    private Metriques(String texte) {
        this.texte = texte;
    }

    /** One scrape of the management port. */
    public static Metriques lire(int portGestion) throws Exception {
        var reponse = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portGestion
                + "/actuator/prometheus")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).as("/actuator/prometheus sur le port de gestion").isEqualTo(200);
        return new Metriques(reponse.body());
    }

    /** The status a probe answers on the management port (200 up, 503 down). */
    public static int sonde(int portGestion, String chemin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portGestion + chemin))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The value of a series, written as Prometheus prints it ({@code name{label="value",…}}, labels in alphabetical
     * order); the test fails if the series is absent.
     */
    public double valeur(String serie) {
        return texte.lines().filter(l -> l.startsWith(serie + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(serie.length() + 1).strip()))
                .orElseThrow(() -> new AssertionError("Série absente de /actuator/prometheus : " + serie));
    }

    public String texte() {
        return texte;
    }
}
