package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.Metriques;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Probes and metrics live on the management port only; every request gets an identifier that its audit entries
 * carry.
 */
@TestIntegration
class SondesEtMetriquesTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int portPublic;

    @LocalManagementPort
    int portGestion;

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

    @Test
    void theProbesAndTheMetricsAnswerOnTheManagementPortAndNotOnThePublicOne() throws Exception {
        assertThat(portGestion).isNotEqualTo(portPublic);
        for (String sonde : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            var reponse = obtenir(portGestion, sonde);
            assertThat(reponse.statusCode()).as(sonde).isEqualTo(200);
            assertThat(reponse.body()).as(sonde).contains("\"UP\"");
            assertThat(reponse.headers().allValues("Set-Cookie")).as("aucune session pour une sonde").isEmpty();
        }
        var metriques = Metriques.lire(portGestion);
        assertThat(metriques.texte()).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active");
        assertThat(metriques.valeur("demarches_courriels_en_echec")).isZero();
        assertThat(metriques.valeur("demarches_purges_total{objet=\"contenus-orphelins\"}")).isGreaterThanOrEqualTo(0);

        for (String chemin : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
            "/actuator"}) {
            assertThat(obtenir(portPublic, chemin).statusCode()).as("port public : " + chemin).isEqualTo(404);
        }
    }

    @Test
    void anAuditEntryCarriesTheIdentifierOfTheRequestThatWroteIt() throws Exception {
        var visiteur = new Visiteur(mvc, serveurCourriel);
        var reponse = visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE)
                .andReturn().getResponse();
        String identifiant = reponse.getHeader("X-Request-Id");
        assertThat(identifiant).isNotBlank();
        assertThat(donnees.jdbc().sql("SELECT id_requete FROM journal_audit WHERE action = 'CONNEXION_REUSSIE'")
                .query(String.class).list()).containsExactly(identifiant);

        var suivante = visiteur.get("/compte").andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(suivante).isNotBlank().isNotEqualTo(identifiant);
    }

    @Test
    void aClientsOwnRequestIdIsNotTakenUnlessTheProxyIsTrusted() throws Exception {
        var reponse = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portPublic + "/connexion"))
                .header("X-Request-Id", "choisi-par-le-client").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(200);
        assertThat(reponse.headers().firstValue("X-Request-Id")).isPresent().get().asString()
                .isNotEqualTo("choisi-par-le-client").hasSize(36);
    }

    private HttpResponse<String> obtenir(int port, String chemin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
