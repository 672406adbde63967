package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import fr.demarches.test.ClientHttp;
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

    private static final int DOUZE_MO = 12 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    private ClientHttp usager;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        usager = new ClientHttp(port);
    }

    @Test
    void aFileOverTheLimitLeadsBackToTheFormWithTheReason() throws Exception {
        usager.connecterUsager();
        var reponse = envoyer(ClientHttp.csrf(get("/documents").body()), usager.url("/documents").toString());

        assertThat(reponse.statusCode()).isEqualTo(303);
        assertThat(reponse.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/documents"));
        assertThat(get("/documents").body()).contains("Fichier trop volumineux")
                .contains("Le fichier envoyé dépasse 10 Mo : rien n&#39;a été enregistré.");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void withoutAPageToGoBackToTheFrenchPageSaysWhy() throws Exception {
        usager.connecterUsager();
        var reponse = envoyer(ClientHttp.csrf(get("/documents").body()), "https://ailleurs.example/documents");

        assertThat(reponse.statusCode()).isEqualTo(413);
        assertThat(reponse.body()).contains("Fichier trop volumineux").contains("rien n&#39;a été enregistré");
    }

    private HttpResponse<String> envoyer(String jeton, String referent) throws Exception {
        return usager.envoyer(HttpRequest.newBuilder(usager.url("/documents"))
                .header("Referer", referent).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=limite")
                .POST(HttpRequest.BodyPublishers.ofByteArray(formulaire(jeton))));
    }

    private HttpResponse<String> get(String chemin) throws Exception {
        return usager.get(chemin, null);
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
}
