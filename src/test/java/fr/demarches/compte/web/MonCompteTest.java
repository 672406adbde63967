package fr.demarches.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class MonCompteTest {

    static final String NOUVEAU_MOT_DE_PASSE = "Nouveau-mot-de-passe-2026";
    static final String NOUVELLE_ADRESSE = "camille.nouvelle@exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    Visiteur visiteur;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void connecter() throws Exception {
        acteurs = donnees.acteurs();
        visiteur = new Visiteur(mvc);
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void theAccountPagesNeedASignedInCitizen() throws Exception {
        var anonyme = new Visiteur(mvc);
        for (String url : new String[] {"/compte", "/compte/mot-de-passe", "/compte/courriel", "/compte/suppression"}) {
            anonyme.get(url).andExpect(redirectedUrl("/connexion"));
        }
        assertThat(visiteur.page("/compte")).contains("Mon compte").contains(DonneesDeTest.USAGER);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        String page = visiteur.post("/compte/mot-de-passe", "actuel", "pas-le-bon-mot-de-passe", "motDePasse",
                NOUVEAU_MOT_DE_PASSE, "confirmation", NOUVEAU_MOT_DE_PASSE).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient des erreurs").contains("href=\"#actuel\"")
                .contains("Le mot de passe saisi est incorrect.");

        visiteur.post("/compte/mot-de-passe", "actuel", DonneesDeTest.MOT_DE_PASSE, "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/compte"));
        assertThat(visiteur.page("/compte")).contains("Votre mot de passe est modifié.");
        assertThat(Courriels.sujet(Courriels.pour(courriels, DonneesDeTest.USAGER, 1)))
                .isEqualTo("Votre mot de passe a été modifié");

        new Visiteur(mvc).connecter("/connexion", DonneesDeTest.USAGER, NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        assertThat(journal("MOT_DE_PASSE_MODIFICATION_REFUSEE")).isEqualTo(1);
        assertThat(journal("MOT_DE_PASSE_MODIFIE")).isEqualTo(1);
    }

    /** Whoever changes a password because it leaked closes the intruder's session too, and keeps their own. */
    /** A session left open is no way to guess the password: after five wrong ones, even the right one waits. */
    @Test
    void wrongCurrentPasswordsArePausedAsAtLogin() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(visiteur.post("/compte/suppression", "motDePasse", "essai-" + i).andReturn().getResponse()
                    .getContentAsString()).contains("Le mot de passe saisi est incorrect.");
        }
        String page = visiteur.post("/compte/courriel", "courriel", NOUVELLE_ADRESSE, "motDePasse",
                DonneesDeTest.MOT_DE_PASSE).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Trop de mots de passe incorrects ont été saisis : réessayez dans 15 minutes.")
                .contains("value=\"" + NOUVELLE_ADRESSE + "\"");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'MOT_DE_PASSE_ACTUEL_BLOQUE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        var autreAppareil = new Visiteur(mvc);
        autreAppareil.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        autreAppareil.get("/compte").andExpect(status().isOk());

        visiteur.post("/compte/mot-de-passe", "actuel", DonneesDeTest.MOT_DE_PASSE, "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/compte"));

        assertThat(visiteur.page("/compte")).contains("Vos autres sessions ouvertes sont fermées.");
        visiteur.get("/documents").andExpect(status().isOk());
        autreAppareil.get("/compte").andExpect(redirectedUrl("/connexion"));
        autreAppareil.get("/compte").andExpect(redirectedUrl("/connexion"));
        assertThat(journal("SESSION_REVOQUEE")).isEqualTo(1);
    }

    @Test
    void aNewAddressIsConfirmedFromItsOwnMailboxAndTheOldOneIsWarned() throws Exception {
        visiteur.post("/compte/courriel", "courriel", NOUVELLE_ADRESSE, "motDePasse", DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/compte"));
        assertThat(visiteur.page("/compte")).contains("Un courriel a été envoyé à la nouvelle adresse");

        var recus = Courriels.attendre(courriels, 2);
        var lienNouvelle = recus.stream().filter(m -> Courriels.destinataire(m).equals(NOUVELLE_ADRESSE)).findFirst().orElseThrow();
        var avisAncienne = recus.stream().filter(m -> Courriels.destinataire(m).equals(DonneesDeTest.USAGER)).findFirst().orElseThrow();
        assertThat(Courriels.texte(avisAncienne)).contains(NOUVELLE_ADRESSE).doesNotContain("jeton=");
        String lien = Courriels.lien(lienNouvelle);
        assertThat(lien).startsWith("/confirmation/nouvelle-adresse?jeton=");

        // Until the link is followed, nothing changes.
        new Visiteur(mvc).connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));

        var ailleurs = new Visiteur(mvc);
        assertThat(ailleurs.page(lien)).contains("Confirmer ma nouvelle adresse");
        assertThat(ailleurs.post("/confirmation/nouvelle-adresse", "jeton", InscriptionTest.jeton(lien)).andReturn()
                .getResponse().getContentAsString()).contains("Votre nouvelle adresse est enregistrée");

        new Visiteur(mvc).connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion"));
        new Visiteur(mvc).connecter("/connexion", NOUVELLE_ADRESSE, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        assertThat(journal("CHANGEMENT_COURRIEL_DEMANDE")).isEqualTo(1);
        assertThat(journal("COURRIEL_MODIFIE")).isEqualTo(1);
    }

    @Test
    void anAddressThatAlreadyHasAnAccountIsNotRevealedButItsOwnerIsWarned() throws Exception {
        comptes().creerUsager("deja.pris@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        visiteur.post("/compte/courriel", "courriel", "deja.pris@exemple.fr", "motDePasse", DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/compte"));
        var courriel = Courriels.pour(courriels, "deja.pris@exemple.fr", 1);
        assertThat(Courriels.sujet(courriel)).isEqualTo("Votre adresse a déjà un compte");
        assertThat(courriels.waitForIncomingEmail(1_000, 2)).isFalse();
    }

    @Test
    void changingTheAddressNeedsThePasswordAndKeepsWhatWasTyped() throws Exception {
        String page = visiteur.post("/compte/courriel", "courriel", NOUVELLE_ADRESSE, "motDePasse", "pas-le-bon")
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le mot de passe saisi est incorrect.").contains("value=\"" + NOUVELLE_ADRESSE + "\"");
        page = visiteur.post("/compte/courriel", "courriel", DonneesDeTest.USAGER, "motDePasse", DonneesDeTest.MOT_DE_PASSE)
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saisissez une adresse différente de l&#39;adresse actuelle.");
    }

    @Test
    void deletingTheAccountNeedsThePasswordThenRemovesItLogsOutAndKeepsTheJournal() throws Exception {
        assertThat(visiteur.page("/compte/suppression")).contains("Sont conservés");
        String page = visiteur.post("/compte/suppression", "motDePasse", "pas-le-bon").andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Le mot de passe saisi est incorrect.");

        visiteur.post("/compte/suppression", "motDePasse", DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        assertThat(visiteur.page("/")).contains("Votre compte est supprimé.");
        visiteur.get("/compte").andExpect(redirectedUrl("/connexion"));

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM compte WHERE id = ?").param(acteurs.usager())
                .query(Long.class).single()).isZero();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE acteur_id = ?").param(acteurs.usager())
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(journal("COMPTE_SUPPRIME")).isEqualTo(1);
        assertThat(Courriels.sujet(Courriels.pour(courriels, DonneesDeTest.USAGER, 1))).isEqualTo("Votre compte a été supprimé");
        new Visiteur(mvc).connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion"));
    }

    @Autowired
    fr.demarches.compte.Comptes comptes;

    private fr.demarches.compte.Comptes comptes() {
        return comptes;
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
