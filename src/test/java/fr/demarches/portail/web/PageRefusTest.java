package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.demarches.test.ClientHttp;
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

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    private ClientHttp usager;

    @BeforeEach
    void connecter() throws Exception {
        donnees.acteurs();
        usager = new ClientHttp(port).connecterUsager();
    }

    @Test
    void aRefusalIsThePortalsPageWithItsMessageAndAWayBack() throws Exception {
        var reponse = usager.get("/essais/refus", usager.url("/procuration").toString());

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
        assertThat(usager.get("/essais/refus", "https://ailleurs.example/procuration").body())
                .contains("href=\"/\">Retour</a>");
        assertThat(usager.get("/essais/refus", usager.url("/admin/communes").toString()).body())
                .contains("href=\"/\">Retour</a>");
    }

    @Test
    void aRefusalMarkedWithAStatusIsThatStatussPageAndSaysNothingMore() throws Exception {
        var reponse = usager.get("/essais/introuvable", usager.url("/procuration").toString());

        assertThat(reponse.statusCode()).isEqualTo(404);
        assertThat(reponse.body()).contains("Page non trouvée").doesNotContain(EssaisRefus.INTROUVABLE)
                .doesNotContain("Action impossible");
    }

    @Test
    void aWriteThatLostToASimultaneousOneSaysSoWithAWayBack() throws Exception {
        var reponse = usager.get("/essais/conflit", usager.url("/tableau-de-bord").toString());

        assertThat(reponse.statusCode()).isEqualTo(409);
        assertThat(reponse.body()).contains("Cette action n&#39;a pas été enregistrée")
                .contains("href=\"/tableau-de-bord\">Retour</a>").doesNotContain("Teledossier");
    }

    @Test
    void anUnexpectedExceptionIsTheErrorPageAndItsMessageIsNeverShown() throws Exception {
        var reponse = usager.get("/essais/panne", usager.url("/procuration").toString());

        assertThat(reponse.statusCode()).isEqualTo(500);
        assertThat(reponse.body()).contains("Erreur inattendue").contains("Erreur 500")
                .doesNotContain(EssaisRefus.PANNE).doesNotContain("Action impossible");
    }
}
