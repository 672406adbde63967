package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every administration page refuses whoever is not allowed, signed in elsewhere or not at all. */
@TestIntegration
class AutorisationsAdministrationTest {

    static final String[] PAGES_ADMIN = {"/admin/raccordements", "/admin/communes", "/admin/communes/92050",
        "/admin/communes/92050/administrateurs",
        "/admin/scrutins", "/admin/scrutins/nouveau", "/admin/comptes", "/admin/unites", "/admin/journal",
        "/admin/journal/export"};

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

    static Stream<Arguments> autresComptes() {
        return Stream.of(
                Arguments.of("/connexion", DonneesDeTest.USAGER),
                Arguments.of("/gs/connexion", DonneesDeTest.AGENT),
                Arguments.of("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE),
                Arguments.of("/police/connexion", DonneesDeTest.OFFICIER),
                Arguments.of(null, "anonyme"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("autresComptes")
    void onlyPlatformAdministratorsOpenTheAdministrationPages(String connexion, String identifiant) throws Exception {
        var visiteur = new Visiteur(mvc, serveurCourriel);
        if (connexion != null) {
            visiteur.connecter(connexion, identifiant, DonneesDeTest.MOT_DE_PASSE);
        }
        for (String page : PAGES_ADMIN) {
            visiteur.get(page).andExpect(redirectedUrl("/admin/connexion"));
        }
        visiteur.post("/admin/comptes", "identifiant", "intrus@exemple.fr", "nom", "Intrus", "prenoms", "Ivan")
                .andExpect(redirectedUrl("/admin/connexion"));
    }

    @Test
    void theCommuneSettingsAreForCommuneAdministratorsOnly() throws Exception {
        var agent = new Visiteur(mvc, serveurCourriel);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        agent.get("/gs/administration/parametres").andExpect(status().isForbidden());
        agent.get("/gs/administration/parametres/images/TAMPON").andExpect(status().isForbidden());

        var officier = new Visiteur(mvc, serveurCourriel);
        officier.connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        officier.get("/gs/administration/parametres").andExpect(redirectedUrl("/gs/connexion"));

        var admin = new Visiteur(mvc, serveurCourriel);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        admin.get("/gs/administration/parametres").andExpect(redirectedUrl("/gs/connexion"));

        var mairie = new Visiteur(mvc, serveurCourriel);
        mairie.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        mairie.get("/gs/administration/parametres").andExpect(status().isOk());
    }

    @Test
    void theMenusShowTheAdministrationPagesToThoseWhoMayOpenThem() throws Exception {
        var admin = new Visiteur(mvc, serveurCourriel);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        assertThat(admin.page("/admin")).contains("href=\"/admin/raccordements\"")
                .contains("href=\"/admin/scrutins\"").contains("href=\"/admin/journal\"");

        var agent = new Visiteur(mvc, serveurCourriel);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        assertThat(agent.page("/gs")).doesNotContain("/gs/administration/parametres");
        var mairie = new Visiteur(mvc, serveurCourriel);
        mairie.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        assertThat(mairie.page("/gs")).contains("href=\"/gs/administration/parametres\"");
        // Communes not yet connected find the request form from the mairie login page.
        assertThat(new Visiteur(mvc, serveurCourriel).page("/gs/connexion")).contains("href=\"/raccordement\"");
    }
}
