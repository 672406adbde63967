package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PostgreSQL out of reach (the test database closed to connections, the application's ones cut): a signed-in page
 * answers within the pool's timeout with the French 503 page, readiness is DOWN and liveness UP; once the database
 * is back, everything is, without a restart. Through real HTTP: the error handling is the servlet container's.
 */
@TestIntegration
class PanneBaseDeDonneesTest {

    @LocalServerPort
    int port;

    /** The probes answer on the management port. */
    @LocalManagementPort
    int portGestion;

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    DataSource source;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anOutageAnswersInFrenchWithinTheTimeoutAndTakesTheInstanceOutOfThePoolUntilTheDatabaseIsBack() throws Exception {
        donnees.acteurs();
        var visiteur = new Visiteur(mvc);
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        String session = visiteur.session().getValue();
        assertThat(obtenir("/compte", session).statusCode()).isEqualTo(200);
        String base = donnees.jdbc().sql("SELECT current_database()").query(String.class).single();

        try (var panne = Panne.de(base)) {
            long debut = System.nanoTime();
            var page = obtenir("/compte", session);
            long millis = (System.nanoTime() - debut) / 1_000_000;

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            // The page resets the response: the security headers are written again.
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.body()).contains("<html lang=\"fr\"").contains("Service momentanément indisponible")
                    .contains("Erreur 503").contains("fr-header").doesNotContain("HTTP Status").doesNotContain("Exception");
            long attente = source.unwrap(HikariDataSource.class).getConnectionTimeout();
            assertThat(millis).isLessThan(attente + 2_000);
            // A login page creates a session and saves it on its way out: still one wait, not two.
            debut = System.nanoTime();
            assertThat(obtenir("/gs/connexion", null).statusCode()).isEqualTo(503);
            assertThat((System.nanoTime() - debut) / 1_000_000).isLessThan(attente + 2_000);
            assertThat(obtenir("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
            assertThat(obtenir("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        }

        long limite = System.nanoTime() + 15_000_000_000L;
        while (obtenir("/actuator/health/readiness", null).statusCode() != 200 && System.nanoTime() < limite) {
            Thread.sleep(200);
        }
        assertThat(obtenir("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        var retour = obtenir("/compte", session);
        assertThat(retour.statusCode()).isEqualTo(200);
        assertThat(retour.body()).contains("Mon compte").contains(DonneesDeTest.USAGER);
    }

    private HttpResponse<String> obtenir(String chemin, String session) throws Exception {
        int cible = chemin.startsWith("/actuator") ? portGestion : port;
        var requete = HttpRequest.newBuilder(URI.create("http://localhost:" + cible + chemin))
                .timeout(Duration.ofSeconds(60)).header("Accept", chemin.startsWith("/actuator") ? "*/*" : "text/html");
        if (session != null) {
            requete.header("Cookie", "SESSION=" + session);
        }
        return http.send(requete.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The database closed to new connections and the application's connections cut, through the server's
     * administrator account; opened again on close, or at the JVM's exit if the test is interrupted (and at the next
     * start of the test profile otherwise: VerificationBaseDeDonnees), so the other tests never find it closed.
     */
    private record Panne(Connection admin, String base, Thread secours) implements AutoCloseable {

        static Panne de(String base) throws Exception {
            var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
            var panne = new Panne(admin, base, new Thread(() -> rouvrir(base)));
            Runtime.getRuntime().addShutdownHook(panne.secours());
            try (var st = admin.createStatement()) {
                st.execute("ALTER DATABASE \"" + base + "\" ALLOW_CONNECTIONS false");
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + base
                        + "' AND pid <> pg_backend_pid()");
            } catch (Exception e) {
                panne.close();
                throw e;
            }
            return panne;
        }

        @Override
        public void close() throws Exception {
            try (admin; var st = admin.createStatement()) {
                st.execute("ALTER DATABASE \"" + base + "\" ALLOW_CONNECTIONS true");
            }
            Runtime.getRuntime().removeShutdownHook(secours);
        }

        private static void rouvrir(String base) {
            try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    var st = admin.createStatement()) {
                st.execute("ALTER DATABASE \"" + base + "\" ALLOW_CONNECTIONS true");
            } catch (Exception e) {
                System.err.println("Base " + base + " à rouvrir à la main : ALTER DATABASE " + base
                        + " ALLOW_CONNECTIONS true (" + e.getMessage() + ")");
            }
        }
    }
}
