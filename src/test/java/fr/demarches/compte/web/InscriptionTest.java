package fr.demarches.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class InscriptionTest {

    static final String NOUVEAU = "alex.durand@exemple.fr";
    static final String MOT_DE_PASSE = "Un-mot-de-passe-solide";
    static final String NEUTRE = "Si cette adresse peut recevoir un lien, un courriel vient de lui être envoyé.";

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
    void signUpSendsAConfirmationLinkAndTheAccountCannotSignInBeforeItIsFollowed() throws Exception {
        String page = inscrire(NOUVEAU, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        assertThat(page).contains(NEUTRE);

        var courriel = Courriels.pour(courriels, NOUVEAU, 1);
        assertThat(Courriels.sujet(courriel)).isEqualTo("Confirmez votre adresse électronique");
        assertThat(Courriels.texte(courriel)).contains("valable 24 heures");
        String lien = Courriels.lien(courriel);
        assertThat(lien).startsWith("/confirmation/courriel?jeton=");

        visiteur.connecter("/connexion", NOUVEAU, MOT_DE_PASSE).andExpect(redirectedUrl("/connexion"));
        assertThat(visiteur.page("/connexion")).contains("Identifiant ou mot de passe incorrect.");

        // Opening the link changes nothing (mail scanners open links); the button does.
        assertThat(visiteur.page(lien)).contains("Confirmer mon adresse");
        assertThat(visiteur.page(lien)).contains("Confirmer mon adresse");
        // Confirmed: straight to the login page, which says so (no page to leave by a button).
        visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion?courrielConfirme"));
        assertThat(visiteur.page("/connexion?courrielConfirme"))
                .contains("Votre adresse électronique est confirmée et votre compte est activé");

        visiteur.connecter("/connexion", NOUVEAU, MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        assertThat(journal("INSCRIPTION", NOUVEAU)).isEqualTo(1);
        assertThat(journal("COURRIEL_CONFIRME", NOUVEAU)).isEqualTo(1);
    }

    @Test
    void confirmingNeedsThePasswordChosenAtSignUp() throws Exception {
        inscrire(NOUVEAU, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        String lien = Courriels.lien(Courriels.pour(courriels, NOUVEAU, 1));
        String page = visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", "pas-le-bon-mot-de-passe")
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient des erreurs").contains("Le mot de passe saisi est incorrect.")
                .contains("href=\"#motDePasse\"");
        page = visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", "").andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Saisissez le mot de passe choisi à la création du compte.");
        visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion?courrielConfirme"));
        assertThat(journal("CONFIRMATION_REFUSEE", NOUVEAU)).isEqualTo(1);
    }

    @Test
    void someoneWhoRegisteredAnAddressInAdvanceLosesThePasswordWhenItsOwnerSignsUp() throws Exception {
        inscrire(NOUVEAU, "Mot-de-passe-de-l-usurpateur", "Mot-de-passe-de-l-usurpateur", "true");
        Courriels.attendre(courriels, 1);
        inscrire(NOUVEAU, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        String lien = Courriels.lien(Courriels.attendre(courriels, 2).get(1));

        assertThat(visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse",
                "Mot-de-passe-de-l-usurpateur").andReturn().getResponse().getContentAsString())
                .contains("Le mot de passe saisi est incorrect.");
        visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE);
        new Visiteur(mvc).connecter("/connexion", NOUVEAU, "Mot-de-passe-de-l-usurpateur")
                .andExpect(redirectedUrl("/connexion"));
        new Visiteur(mvc).connecter("/connexion", NOUVEAU, MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAddressIsOneAccountWhateverItsCase() throws Exception {
        inscrire("Alex.Durand@Exemple.FR", "Mot-de-passe-de-l-usurpateur", "Mot-de-passe-de-l-usurpateur", "true");
        Courriels.attendre(courriels, 1);
        inscrire("alex.durand@EXEMPLE.fr", MOT_DE_PASSE, MOT_DE_PASSE, "true");
        String lien = Courriels.lien(Courriels.attendre(courriels, 2).get(1));

        assertThat(donnees.jdbc().sql("SELECT identifiant FROM compte WHERE lower(identifiant) = ?").param(NOUVEAU)
                .query(String.class).list()).containsExactly(NOUVEAU);
        visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion?courrielConfirme"));
        new Visiteur(mvc).connecter("/connexion", "ALEX.DURAND@exemple.fr ", MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void aConfirmationLinkWorksOnceOnly() throws Exception {
        inscrire(NOUVEAU, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        String lien = Courriels.lien(Courriels.pour(courriels, NOUVEAU, 1));
        visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE);
        assertThat(visiteur.page(lien)).contains("Lien invalide ou expiré");
        assertThat(visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE).andReturn().getResponse()
                .getContentAsString()).contains("Lien invalide ou expiré");
    }

    @Test
    void aConfirmationLinkExpiresAfter24Hours() throws Exception {
        inscrire(NOUVEAU, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        String lien = Courriels.lien(Courriels.pour(courriels, NOUVEAU, 1));
        donnees.horloge().avancer(Duration.ofHours(24).plusMinutes(1));
        assertThat(visiteur.page(lien)).contains("Lien invalide ou expiré").contains("/inscription/renvoi");
        assertThat(visiteur.post("/confirmation/courriel", "jeton", jeton(lien), "motDePasse", MOT_DE_PASSE).andReturn().getResponse()
                .getContentAsString()).contains("Lien invalide ou expiré");
        visiteur.connecter("/connexion", NOUVEAU, MOT_DE_PASSE).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void anAddressAlreadyRegisteredGetsTheSameAnswerAndItsOwnerIsWarned() throws Exception {
        String page = inscrire(DonneesDeTest.USAGER, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        assertThat(page).contains(NEUTRE);

        var courriel = Courriels.pour(courriels, DonneesDeTest.USAGER, 1);
        assertThat(Courriels.sujet(courriel)).isEqualTo("Votre adresse a déjà un compte");
        assertThat(Courriels.texte(courriel)).doesNotContain("jeton=");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM compte WHERE identifiant = ?").param(DonneesDeTest.USAGER)
                .query(Long.class).single()).isEqualTo(1);
        // The original password still opens the account.
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void anInvalidFormShowsEachErrorBesideItsFieldAndInASummaryAndKeepsTheAddress() throws Exception {
        String page = visiteur.post("/inscription", "courriel", "pas-une-adresse", "motDePasse", "court",
                "confirmation", "court").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient des erreurs")
                .contains("href=\"#courriel\"").contains("href=\"#motDePasse\"").contains("href=\"#conditions\"")
                .contains("Saisissez une adresse électronique valide")
                .contains("Le mot de passe doit contenir au moins 12 caractères.")
                .contains("Cochez la case pour accepter les conditions d&#39;utilisation.")
                .contains("value=\"pas-une-adresse\"")
                .contains("aria-describedby=\"courriel-erreur\"").contains("id=\"courriel-erreur\"")
                .contains("fr-input-group--error");

        // Bcrypt reads 72 bytes: 37 accented letters are 74 of them, refused beside the field (it was a 500).
        String long_ = "é".repeat(37);
        assertThat(visiteur.post("/inscription", "courriel", NOUVEAU, "motDePasse", long_, "confirmation", long_,
                "conditions", "true").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Le mot de passe ne doit pas dépasser 72 caractères").contains("value=\"" + NOUVEAU + "\"");

        page = visiteur.post("/inscription", "courriel", NOUVEAU, "motDePasse", MOT_DE_PASSE, "confirmation",
                "Un-autre-mot-de-passe", "conditions", "true").andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La confirmation ne correspond pas au mot de passe saisi.")
                .contains("value=\"" + NOUVEAU + "\"").contains("checked");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM compte WHERE identifiant = ?").param(NOUVEAU)
                .query(Long.class).single()).isZero();
    }

    @Test
    void resendingTheLinkAnswersTheSameForAnyAddressAndSendsOnlyToAnAccountAwaitingConfirmation() throws Exception {
        inscrire(NOUVEAU, MOT_DE_PASSE, MOT_DE_PASSE, "true");
        String premier = Courriels.lien(Courriels.pour(courriels, NOUVEAU, 1));

        for (String adresse : new String[] {"inconnu@exemple.fr", DonneesDeTest.USAGER, NOUVEAU}) {
            assertThat(visiteur.post("/inscription/renvoi", "courriel", adresse).andReturn().getResponse()
                    .getContentAsString()).contains(NEUTRE);
        }
        var recus = Courriels.attendre(courriels, 2);
        assertThat(recus).hasSize(2).allMatch(m -> Courriels.destinataire(m).equals(NOUVEAU));
        String second = Courriels.lien(recus.get(1));
        // The new link supersedes the first.
        assertThat(visiteur.page(premier)).contains("Lien invalide ou expiré");
        assertThat(visiteur.page(second)).contains("Confirmer mon adresse");
    }

    @Test
    void theCitizenLoginPageLeadsToSignUpForgottenPasswordAndResend() throws Exception {
        assertThat(visiteur.page("/connexion")).contains("href=\"/inscription\"").contains("Créer un compte")
                .contains("href=\"/mot-de-passe-oublie\"").contains("href=\"/inscription/renvoi\"")
                .contains("Renvoyer le lien de confirmation");
        assertThat(visiteur.page("/gs/connexion")).doesNotContain("Créer un compte");
    }

    private String inscrire(String courriel, String motDePasse, String confirmation, String conditions)
            throws Exception {
        return visiteur.post("/inscription", "courriel", courriel, "motDePasse", motDePasse, "confirmation",
                confirmation, "conditions", conditions).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    static String jeton(String lien) {
        return lien.substring(lien.indexOf("jeton=") + "jeton=".length());
    }

    private long journal(String action, String acteur) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ? AND acteur = ?")
                .param(action).param(acteur).query(Long.class).single();
    }
}
