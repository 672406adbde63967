package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (Tomcat, not MockMvc, which never writes a host into a redirect): whatever Host header a client
 * sends, no redirect points to it. Raw sockets, since Java's HTTP client will not send a chosen Host header.
 */
@TestIntegration
class RedirectionsTest {

    private static final String INTRUS = "evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1", "HTTP/1.0"})
    void aProtectedPageSendsToItsLoginPageNeverToTheHostTheClientNamed(String protocole) throws Exception {
        for (String page : List.of("/compte", "/gs", "/police", "/admin", "/gs/teledossiers", "/documents")) {
            var reponse = envoyer(protocole, "GET", page, new LinkedHashMap<>(), null);

            assertThat(reponse.statut()).isEqualTo(302);
            assertThat(reponse.location()).doesNotContain(INTRUS).endsWith("/connexion").matches(SURE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1", "HTTP/1.0"})
    void theLoginSendsBackToThePageAskedBeforeItNeverToTheHostTheClientNamed(String protocole) throws Exception {
        var cookies = new LinkedHashMap<String, String>();
        var premiere = envoyer(protocole, "GET", "/compte", cookies, null);
        assertThat(premiere.location()).doesNotContain(INTRUS);
        var formulaire = envoyer(protocole, "GET", "/connexion", cookies, null);

        var connexion = envoyer(protocole, "POST", "/connexion", cookies, "identifiant=" + encoder(DonneesDeTest.USAGER)
                + "&motDePasse=" + encoder(DonneesDeTest.MOT_DE_PASSE) + "&_csrf=" + encoder(csrf(formulaire.corps())));

        assertThat(connexion.statut()).isEqualTo(302);
        assertThat(connexion.location()).doesNotContain(INTRUS).contains("/compte").matches(SURE);
        var deconnexion = envoyer(protocole, "POST", "/deconnexion", cookies, "_csrf=" + encoder(
                csrf(envoyer(protocole, "GET", "/compte", cookies, null).corps())));
        assertThat(deconnexion.location()).doesNotContain(INTRUS).endsWith("/connexion?deconnecte").matches(SURE);
    }

    /** A path on this site, or an address on the configured public URL (http://localhost:8080 in the tests). */
    private static final String SURE = "(/[^/].*|/|http://localhost:8080/.*)";

    private static String csrf(String page) {
        var m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String encoder(String valeur) {
        return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }

    /** One exchange with Host: evil.example, keeping the cookies the server sets. */
    private Reponse envoyer(String protocole, String methode, String chemin, Map<String, String> cookies,
            String formulaire) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var requete = new StringBuilder(methode + " " + chemin + " " + protocole + "\r\nHost: " + INTRUS
                    + "\r\nConnection: close\r\n");
            if (!cookies.isEmpty()) {
                requete.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
            }
            byte[] corps = formulaire == null ? new byte[0] : formulaire.getBytes(StandardCharsets.UTF_8);
            if (formulaire != null) {
                requete.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(corps.length).append("\r\n");
            }
            requete.append("\r\n");
            OutputStream sortie = socket.getOutputStream();
            sortie.write(requete.toString().getBytes(StandardCharsets.ISO_8859_1));
            sortie.write(corps);
            sortie.flush();
            return lire(socket.getInputStream(), cookies);
        }
    }

    private static Reponse lire(InputStream entree, Map<String, String> cookies) throws IOException {
        var tout = new ByteArrayOutputStream();
        entree.transferTo(tout);
        String texte = tout.toString(StandardCharsets.ISO_8859_1);
        int fin = texte.indexOf("\r\n\r\n");
        List<String> lignes = List.of(texte.substring(0, fin).split("\r\n"));
        int statut = Integer.parseInt(lignes.get(0).split(" ")[1]);
        String location = null;
        boolean morceaux = false;
        for (String ligne : lignes.subList(1, lignes.size())) {
            int deuxPoints = ligne.indexOf(':');
            String nom = ligne.substring(0, deuxPoints).strip();
            String valeur = ligne.substring(deuxPoints + 1).strip();
            if (nom.equalsIgnoreCase("Transfer-Encoding")) {
                morceaux = valeur.equalsIgnoreCase("chunked");
            } else if (nom.equalsIgnoreCase("Location")) {
                location = valeur;
            } else if (nom.equalsIgnoreCase("Set-Cookie")) {
                String paire = valeur.split(";", 2)[0];
                cookies.put(paire.substring(0, paire.indexOf('=')), paire.substring(paire.indexOf('=') + 1));
            }
        }
        String corps = texte.substring(fin + 4);
        return new Reponse(statut, location, morceaux ? recoller(corps)
                : new String(corps.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** A chunked body put back together. */
    private static String recoller(String morceaux) {
        var corps = new ByteArrayOutputStream();
        byte[] octets = morceaux.getBytes(StandardCharsets.ISO_8859_1);
        int i = 0;
        while (true) {
            int finLigne = indexOf(octets, i);
            int taille = Integer.parseInt(new String(octets, i, finLigne - i, StandardCharsets.US_ASCII).strip(), 16);
            if (taille == 0) {
                return corps.toString(StandardCharsets.UTF_8);
            }
            corps.write(octets, finLigne + 2, taille);
            i = finLigne + 2 + taille + 2;
        }
    }

    private static int indexOf(byte[] octets, int depuis) {
        for (int i = depuis; i < octets.length - 1; i++) {
            if (octets[i] == '\r' && octets[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("Réponse tronquée");
    }

    private record Reponse(int statut, String location, String corps) {
    }
}
