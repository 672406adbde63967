package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.Procedure;
import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.CodeVerificationDemande;
import fr.demarches.compte.CodesVerification;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.Espace;
import fr.demarches.portail.securite.ConnexionEnDeuxEtapes;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The second login step of the Gestionnaire de Suivi: code by e-mail, trusted devices, and what stays unchanged. */
@TestIntegration
class SecondFacteurTest {

    private static final String CONNEXION = "/gs/connexion";
    private static final String VERIFICATION = "/gs/verification";
    private static final String NOUVEAU_MOT_DE_PASSE = "Un-tout-nouveau-mot-de-passe";

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail courriels;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Comptes comptes;

    @Autowired
    AdministrationComptes administration;

    @Autowired
    CodesVerification codes;

    DonneesDeTest.Acteurs acteurs;
    Visiteur agent;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        agent = new Visiteur(mvc, courriels);
    }

    @Test
    void aPasswordAloneOpensNoGsPageNorTheDossierElements() throws Exception {
        var numero = teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER,
                "Camille Martin", DonneesDeTest.NANTERRE, Exemples.rco(), UUID.randomUUID()), null);
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));

        for (String page : List.of("/gs", "/gs/teledossiers", "/gs/teledossiers/" + numero,
                "/gs/teledossiers/" + numero + "/elements", "/gs/procurations")) {
            agent.get(page).andExpect(redirectedUrl(VERIFICATION));
        }
        agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "CLOS", "commentaire", "")
                .andExpect(redirectedUrl(VERIFICATION));
        assertThat(donnees.jdbc().sql("SELECT etat FROM teledossier").query(String.class).single()).isEqualTo("TRANSMIS");
        assertThat(journal("TELEDOSSIER_TELECHARGE")).isZero();

        String page = agent.page(VERIFICATION);
        assertThat(page).contains("Vérification en deux étapes").contains(DonneesDeTest.AGENT)
                .doesNotContain("Karim Lefebvre").doesNotContain("Se déconnecter");
        assertThat(journal("CONNEXION_REUSSIE")).isZero();
    }

    @Test
    void aCommuneAdministratorNeedsTheCodeToo() throws Exception {
        var mairie = new Visiteur(mvc, courriels);
        mairie.connecterSansCode(CONNEXION, DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));
        mairie.get("/gs/administration/parametres").andExpect(redirectedUrl(VERIFICATION));

        mairie.post(VERIFICATION, "code", Courriels.codeDeVerification(courriels, DonneesDeTest.ADMIN_COMMUNE))
                .andExpect(redirectedUrl("/gs/administration/parametres?continue"));
        mairie.get("/gs/administration/parametres").andExpect(status().isOk());
    }

    @Test
    void theMailedCodeCompletesTheLoginRenewsTheSessionAndEveryStepIsJournaled() throws Exception {
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        var courriel = Courriels.pour(courriels, DonneesDeTest.AGENT, 1);
        assertThat(Courriels.sujet(courriel)).isEqualTo("Votre code de vérification pour le Gestionnaire de Suivi");
        assertThat(Courriels.texte(courriel)).containsPattern("(?m)^\\d{6}\\s*$").contains("valable 10 minutes");
        String code = Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT);
        String session = agent.session().getValue();

        agent.post(VERIFICATION, "code", code).andExpect(redirectedUrl("/gs"));

        assertThat(agent.session().getValue()).isNotEqualTo(session);
        assertThat(agent.page("/gs")).contains("Karim Lefebvre").contains("Se déconnecter");
        agent.get(VERIFICATION).andExpect(redirectedUrl("/gs"));
        assertThat(donnees.jdbc().sql("SELECT action FROM journal_audit WHERE acteur = ? ORDER BY id")
                .param(DonneesDeTest.AGENT).query(String.class).list())
                .containsExactly("MOT_DE_PASSE_VERIFIE", "SECOND_FACTEUR_CODE_ENVOYE", "CONNEXION_REUSSIE");
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'CONNEXION_REUSSIE'")
                .query(String.class).single()).isEqualTo("Mot de passe et code reçu par courriel");
    }

    @Test
    void afterTheCodeTheAgentLandsOnThePageAskedBeforeTheLogin() throws Exception {
        agent.get("/gs/teledossiers").andExpect(redirectedUrl(CONNEXION));
        agent.connecter(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs/teledossiers?continue"));
    }

    @Test
    void aWrongCodeIsRefusedInFrenchBesideTheFieldAndKept() throws Exception {
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        String faux = autreQue(Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT));

        String page = agent.post(VERIFICATION, "code", faux).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Le formulaire contient une erreur").contains("fr-input-group--error")
                .contains("Code incorrect. Il vous reste 4 essais.").contains("value=\"" + faux + "\"");
        assertThat(agent.post(VERIFICATION, "code", "12a").andReturn().getResponse().getContentAsString())
                .contains("Le code se compose de 6 chiffres");
        assertThat(agent.post(VERIFICATION, "code", "").andReturn().getResponse().getContentAsString())
                .contains("Saisissez le code à 6 chiffres reçu par courriel.");
        agent.get("/gs").andExpect(redirectedUrl(VERIFICATION));
        assertThat(journal("SECOND_FACTEUR_CODE_REFUSE")).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        String code = Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT);
        donnees.horloge().avancer(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(agent.post(VERIFICATION, "code", code).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Ce code a expiré. Demandez un nouveau code.");
        agent.get("/gs").andExpect(redirectedUrl(VERIFICATION));
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneIsRefusedAndANewLoginIsNeeded() throws Exception {
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        String code = Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT);
        for (int restants = 4; restants >= 1; restants--) {
            assertThat(agent.post(VERIFICATION, "code", autreQue(code)).andReturn().getResponse().getContentAsString())
                    .contains("Il vous reste " + restants + (restants > 1 ? " essais." : " essai."));
        }
        agent.post(VERIFICATION, "code", autreQue(code)).andExpect(redirectedUrl(CONNEXION));
        assertThat(agent.page(CONNEXION)).contains("Trop de codes incorrects")
                .contains("value=\"" + DonneesDeTest.AGENT + "\"");

        agent.post(VERIFICATION, "code", code).andExpect(redirectedUrl(CONNEXION));
        agent.get("/gs").andExpect(redirectedUrl(CONNEXION));
        assertThat(journal("SECOND_FACTEUR_CODE_REFUSE")).isEqualTo(4);
        assertThat(journal("SECOND_FACTEUR_BLOQUE")).isEqualTo(1);
        assertThat(journal("CONNEXION_REUSSIE")).isZero();
    }

    @Test
    void aCodeWorksOnceIsStoredHashedAndIsNotMintedForAStaleLogin() {
        var demande = new CodeVerificationDemande(acteurs.agent(), DonneesDeTest.AGENT, "Karim Lefebvre",
                donnees.horloge().instant(), "127.0.0.1", Espace.MAIRIE);
        String code = codes.emettre(demande).orElseThrow();
        assertThat(donnees.jdbc().sql("SELECT empreinte FROM code_verification").query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain(code);

        assertThat(codes.verifier(acteurs.agent(), code).issue()).isEqualTo(CodesVerification.Issue.VALIDE);
        assertThat(codes.verifier(acteurs.agent(), code).issue()).isEqualTo(CodesVerification.Issue.ABSENT);

        var tardive = new CodeVerificationDemande(acteurs.agent(), DonneesDeTest.AGENT, "Karim Lefebvre",
                donnees.horloge().instant().minus(CodesVerification.VALIDITE), "127.0.0.1", Espace.MAIRIE);
        assertThat(codes.emettre(tardive)).isEmpty();
    }

    @Test
    void aNewCodeReplacesTheLastAndSendingIsLimited() throws Exception {
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        String premier = Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT);
        agent.post(VERIFICATION + "/renvoi").andExpect(redirectedUrl(VERIFICATION));
        assertThat(agent.page(VERIFICATION)).contains("Un nouveau code vient de vous être envoyé.");
        String dernier = Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT);
        if (!premier.equals(dernier)) {
            assertThat(agent.post(VERIFICATION, "code", premier).andReturn().getResponse().getContentAsString())
                    .contains("Code incorrect.");
        }
        for (int i = 0; i < 3; i++) {
            agent.post(VERIFICATION + "/renvoi");
            agent.get(VERIFICATION);
            dernier = Courriels.codeDeVerification(courriels, DonneesDeTest.AGENT);
        }

        agent.post(VERIFICATION + "/renvoi").andExpect(redirectedUrl(VERIFICATION));
        assertThat(agent.page(VERIFICATION)).contains("Trop de codes ont été demandés")
                .contains("dans 15 minutes");
        var autreNavigateur = new Visiteur(mvc, courriels);
        autreNavigateur.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        assertThat(autreNavigateur.page(VERIFICATION)).contains("Trop de codes ont été demandés");
        assertThat(journal("SECOND_FACTEUR_ENVOI_REFUSE")).isEqualTo(2);
        assertThat(journal("SECOND_FACTEUR_CODE_ENVOYE")).isEqualTo(CodesVerification.ENVOIS);

        agent.post(VERIFICATION, "code", dernier).andExpect(redirectedUrl("/gs"));
    }

    @Test
    void aTrustedDeviceSkipsTheCodeNextTime() throws Exception {
        var reponse = faireConfiance(agent, DonneesDeTest.AGENT);

        String cookie = Arrays.stream(reponse.getHeaders("Set-Cookie").toArray(String[]::new))
                .filter(c -> c.startsWith(ConnexionEnDeuxEtapes.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/gs", "Max-Age=2592000", "Secure", "HttpOnly", "SameSite=Strict");
        String valeur = agent.cookie(ConnexionEnDeuxEtapes.COOKIE).getValue();
        assertThat(donnees.jdbc().sql("SELECT empreinte FROM appareil_confiance WHERE compte_id = ?")
                .param(acteurs.agent()).query(String.class).single()).hasSize(64).isNotEqualTo(valeur);

        agent.post("/gs/deconnexion");
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));
        agent.get("/gs").andExpect(status().isOk());
        assertThat(courriels.getReceivedMessages()).isEmpty();
        assertThat(journal("APPAREIL_CONFIANCE_AJOUTE")).isEqualTo(1);
        assertThat(journal("APPAREIL_CONFIANCE_UTILISE")).isEqualTo(1);
        assertThat(journal("CONNEXION_REUSSIE")).isEqualTo(2);
    }

    @Test
    void aTrustedDeviceWorksForItsOwnAccountOnly() throws Exception {
        faireConfiance(agent, DonneesDeTest.AGENT);
        agent.post("/gs/deconnexion");
        agent.connecterSansCode(CONNEXION, DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));
    }

    @Test
    void aTrustedDeviceStopsWorkingAfterThirtyDays() throws Exception {
        faireConfiance(agent, DonneesDeTest.AGENT);
        agent.post("/gs/deconnexion");
        donnees.horloge().avancer(Duration.ofDays(29));
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));
        agent.post("/gs/deconnexion");

        donnees.horloge().avancer(Duration.ofDays(1).plusMinutes(1));
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));
    }

    @Test
    void aPasswordResetRevokesTheTrustedDevices() throws Exception {
        var mairie = new Visiteur(mvc, courriels);
        faireConfiance(mairie, DonneesDeTest.ADMIN_COMMUNE);
        mairie.post("/gs/deconnexion");

        administration.reinitialiserAdministrateurCommune(acteurs.adminCommune(), DonneesDeTest.NANTERRE,
                new Acteur("ADMINISTRATION", acteurs.admin(), DonneesDeTest.ADMIN, "127.0.0.1"));
        comptes.definirMotDePasse(acteurs.adminCommune(), NOUVEAU_MOT_DE_PASSE);

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM appareil_confiance").query(Long.class).single()).isZero();
        assertThat(journal("APPAREIL_CONFIANCE_REVOQUE")).isEqualTo(1);
        mairie.connecterSansCode(CONNEXION, DonneesDeTest.ADMIN_COMMUNE, NOUVEAU_MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));
    }

    @Test
    void disablingTheAccountRevokesTheTrustedDevices() throws Exception {
        faireConfiance(agent, DonneesDeTest.AGENT);
        agent.post("/gs/deconnexion");
        donnees.jdbc().sql("UPDATE compte SET actif = false WHERE id = ?").param(acteurs.agent()).update();
        donnees.jdbc().sql("UPDATE compte SET actif = true WHERE id = ?").param(acteurs.agent()).update();

        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'APPAREIL_CONFIANCE_REVOQUE'")
                .query(String.class).single()).contains("compte désactivé");
        agent.connecterSansCode(CONNEXION, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));
    }

    @Test
    void theOtherPortalsStillSignInWithAPasswordAlone() throws Exception {
        for (Portail portail : List.of(Portail.USAGER, Portail.ADMIN)) {
            var visiteur = new Visiteur(mvc);
            String identifiant = portail == Portail.USAGER ? DonneesDeTest.USAGER : DonneesDeTest.ADMIN;
            visiteur.connecter(portail.url("/connexion"), identifiant, DonneesDeTest.MOT_DE_PASSE)
                    .andExpect(redirectedUrl(portail.accueil()));
            visiteur.get(portail.accueil()).andExpect(status().isOk());
        }
        assertThat(donnees.publications("event_type LIKE '%CodeVerificationDemande'")).isZero();
        assertThat(journal("MOT_DE_PASSE_VERIFIE")).isZero();
        assertThat(journal("CONNEXION_REUSSIE")).isEqualTo(2);
    }

    /** Signs in with the code, ticking "Faire confiance à cet appareil"; returns the answer to the code. */
    private org.springframework.mock.web.MockHttpServletResponse faireConfiance(Visiteur visiteur, String identifiant)
            throws Exception {
        visiteur.connecterSansCode(CONNEXION, identifiant, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));
        return visiteur.post(VERIFICATION, "code", Courriels.codeDeVerification(courriels, identifiant),
                "confiance", "true").andExpect(redirectedUrl("/gs")).andReturn().getResponse();
    }

    private static String autreQue(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
