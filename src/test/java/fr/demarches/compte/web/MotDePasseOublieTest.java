package fr.demarches.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class MotDePasseOublieTest {

    static final String NEUTRE = "Si un compte existe avec cette adresse, un courriel vient de lui être envoyé";
    static final String NOUVEAU_MOT_DE_PASSE = "Nouveau-mot-de-passe-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    Visiteur visiteur;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        visiteur = new Visiteur(mvc);
    }

    @Test
    void theLinkLetsTheCitizenChooseANewPasswordOnce() throws Exception {
        assertThat(demander(DonneesDeTest.USAGER)).contains(NEUTRE);
        var courriel = Courriels.pour(courriels, DonneesDeTest.USAGER, 1);
        assertThat(Courriels.sujet(courriel)).isEqualTo("Choisissez un nouveau mot de passe");
        assertThat(Courriels.texte(courriel)).contains("valable 1 heure");
        String lien = Courriels.lien(courriel);
        assertThat(lien).startsWith("/mot-de-passe/nouveau?jeton=");
        String jeton = InscriptionTest.jeton(lien);

        assertThat(visiteur.page(lien)).contains("Choisir un nouveau mot de passe");
        String erreur = visiteur.post("/mot-de-passe/nouveau", "jeton", jeton, "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", "autre chose encore").andReturn().getResponse().getContentAsString();
        assertThat(erreur).contains("Le formulaire contient des erreurs")
                .contains("La confirmation ne correspond pas au mot de passe saisi.");

        String fait = visiteur.post("/mot-de-passe/nouveau", "jeton", jeton, "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", NOUVEAU_MOT_DE_PASSE).andReturn().getResponse().getContentAsString();
        assertThat(fait).contains("Votre nouveau mot de passe est enregistré");
        assertThat(visiteur.page(lien)).contains("Lien invalide ou expiré");

        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion"));
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        assertThat(Courriels.sujet(Courriels.attendre(courriels, 2).get(1))).isEqualTo("Votre mot de passe a été modifié");
        assertThat(journal("MOT_DE_PASSE_REINITIALISE")).isEqualTo(1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        assertThat(demander("personne@exemple.fr")).contains(NEUTRE);
        assertThat(courriels.waitForIncomingEmail(1_500, 1)).isFalse();
    }

    @Test
    void theLinkExpiresAfterOneHour() throws Exception {
        demander(DonneesDeTest.USAGER);
        String lien = Courriels.lien(Courriels.pour(courriels, DonneesDeTest.USAGER, 1));
        donnees.horloge().avancer(Duration.ofMinutes(61));
        assertThat(visiteur.page(lien)).contains("Lien invalide ou expiré");
        assertThat(visiteur.post("/mot-de-passe/nouveau", "jeton", InscriptionTest.jeton(lien), "motDePasse",
                NOUVEAU_MOT_DE_PASSE, "confirmation", NOUVEAU_MOT_DE_PASSE).andReturn().getResponse()
                .getContentAsString()).contains("Lien invalide ou expiré");
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void aResetAlsoConfirmsAnAddressNotYetConfirmed() throws Exception {
        visiteur.post("/inscription", "courriel", "nouvelle@exemple.fr", "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", NOUVEAU_MOT_DE_PASSE, "conditions", "true");
        Courriels.attendre(courriels, 1);
        demander("nouvelle@exemple.fr");
        String lien = Courriels.lien(Courriels.attendre(courriels, 2).get(1));
        visiteur.post("/mot-de-passe/nouveau", "jeton", InscriptionTest.jeton(lien), "motDePasse", "Encore-un-autre-2026",
                "confirmation", "Encore-un-autre-2026");
        visiteur.connecter("/connexion", "nouvelle@exemple.fr", "Encore-un-autre-2026").andExpect(redirectedUrl("/"));
        Courriels.attendre(courriels, 3); // "mot de passe modifié": received here, not in the next test
    }

    @Test
    void aMailboxCannotBeFloodedFromThePublicPagesAndTheAnswerStaysTheSame() throws Exception {
        for (int i = 0; i < 7; i++) {
            assertThat(demander(DonneesDeTest.USAGER)).contains(NEUTRE);
        }
        Courriels.attendre(courriels, 5);
        assertThat(courriels.waitForIncomingEmail(1_500, 6)).isFalse();

        donnees.horloge().avancer(Duration.ofMinutes(61));
        demander(DonneesDeTest.USAGER);
        Courriels.attendre(courriels, 6);
    }

    private String demander(String adresse) throws Exception {
        return visiteur.post("/mot-de-passe-oublie", "courriel", adresse).andReturn().getResponse().getContentAsString();
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
