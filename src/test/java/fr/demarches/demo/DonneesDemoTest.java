package fr.demarches.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.Raccordements;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.Espace;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class DonneesDemoTest {

    @Autowired
    ApplicationContext contexte;

    @Autowired
    Environment environnement;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Comptes comptes;

    @Autowired
    Raccordements raccordements;

    @Autowired
    Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void withoutTheDemoProfileNothingIsSeededAndNoAdministratorIsConfigured() {
        assertThat(environnement.getActiveProfiles()).doesNotContain("demo");
        assertThat(contexte.getBeanNamesForType(DonneesDemo.class)).isEmpty();
        assertThat(environnement.getProperty("app.bootstrap.admin.identifiant")).isNull();
        assertThat(environnement.getProperty("app.comptes.administrateur-initial.identifiant")).isEmpty();
        assertThat(comptes.existeAdministrateur()).isFalse();
    }

    /** The README promises these accounts and passwords: seed them as the profile would and sign in with each. */
    @Test
    void theDemoAccountsOfTheReadmeSignIn() throws Exception {
        var demo = new DonneesDemo(comptes, raccordements, horloge);
        demo.run(null);
        demo.run(null);
        assertThat(raccordements.de(DonneesDemo.NANTERRE)).isPresent();
        assertThat(comptes.existe(Espace.USAGER, "camille.martin@exemple.fr")).isTrue();

        connecte("/connexion", "camille.martin@exemple.fr", DonneesDemo.MOT_DE_PASSE_USAGER, "/");
        connecte("/gs/connexion", "admin.nanterre@exemple.fr", DonneesDemo.MOT_DE_PASSE_MAIRIE, "/gs");
        connecte("/gs/connexion", "agent.nanterre@exemple.fr", DonneesDemo.MOT_DE_PASSE_AGENT, "/gs");
        connecte("/police/connexion", "opj.nanterre@exemple.fr", DonneesDemo.MOT_DE_PASSE_POLICE, "/police");
    }

    private void connecte(String url, String identifiant, String motDePasse, String accueil) throws Exception {
        new Visiteur(mvc, serveurCourriel).connecter(url, identifiant, motDePasse).andExpect(redirectedUrl(accueil));
    }
}
