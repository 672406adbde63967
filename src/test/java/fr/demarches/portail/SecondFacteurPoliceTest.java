package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.compte.Comptes;
import fr.demarches.portail.securite.ConnexionEnDeuxEtapes;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The officers' portal has the same second login step as the Gestionnaire de Suivi: code by e-mail, trusted devices. */
@TestIntegration
class SecondFacteurPoliceTest {

    private static final String CONNEXION = "/police/connexion";
    private static final String VERIFICATION = "/police/verification";

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail courriels;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Comptes comptes;

    DonneesDeTest.Acteurs acteurs;
    Visiteur officier;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        officier = new Visiteur(mvc, courriels);
    }

    @Test
    void aPasswordAloneLooksNoReferenceUp() throws Exception {
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl(VERIFICATION));

        officier.get("/police").andExpect(redirectedUrl(VERIFICATION));
        officier.post("/police/procurations/recherche", "reference", "ABC234").andExpect(redirectedUrl(VERIFICATION));
        officier.post("/police/procurations/decision", "reference", "ABC234", "decision", "refuser", "motif", "x")
                .andExpect(redirectedUrl(VERIFICATION));

        assertThat(journal("PROCURATION_RECHERCHE")).isZero();
        assertThat(journal("CONNEXION_REUSSIE")).isZero();
        assertThat(officier.page(VERIFICATION)).contains("Vérification en deux étapes")
                .contains("Portail des autorités habilitées").contains(DonneesDeTest.OFFICIER)
                .contains("action=\"/police/verification\"").doesNotContain("/gs/verification")
                .doesNotContain("Se déconnecter");
    }

    @Test
    void theMailedCodeCompletesTheLoginAndEveryStepIsJournaledUnderThePolicePortal() throws Exception {
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        var courriel = Courriels.pour(courriels, DonneesDeTest.OFFICIER, 1);
        assertThat(Courriels.sujet(courriel)).isEqualTo("Votre code de vérification pour le Portail des autorités habilitées");
        assertThat(Courriels.texte(courriel)).contains("pour vous connecter au Portail des autorités habilitées")
                .contains("l'administrateur de la plateforme").containsPattern("(?m)^\\d{6}\\s*$");
        String session = officier.session().getValue();

        officier.post(VERIFICATION, "code", Courriels.codeDeVerification(courriels, DonneesDeTest.OFFICIER))
                .andExpect(redirectedUrl("/police"));

        assertThat(officier.session().getValue()).isNotEqualTo(session);
        assertThat(officier.page("/police")).contains("Se déconnecter");
        assertThat(donnees.jdbc().sql("SELECT espace || ' ' || action FROM journal_audit WHERE acteur = ? ORDER BY id")
                .param(DonneesDeTest.OFFICIER).query(String.class).list())
                .containsExactly("POLICE MOT_DE_PASSE_VERIFIE", "POLICE SECOND_FACTEUR_CODE_ENVOYE",
                        "POLICE CONNEXION_REUSSIE");
    }

    @Test
    void aWrongCodeIsRefusedBesideTheFieldAndFiveEndTheLogin() throws Exception {
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        String code = Courriels.codeDeVerification(courriels, DonneesDeTest.OFFICIER);
        String faux = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);

        assertThat(officier.post(VERIFICATION, "code", faux).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("fr-input-group--error").contains("Code incorrect. Il vous reste 4 essais.");
        for (int i = 0; i < 3; i++) {
            officier.post(VERIFICATION, "code", faux);
        }
        officier.post(VERIFICATION, "code", faux).andExpect(redirectedUrl(CONNEXION));
        assertThat(officier.page(CONNEXION)).contains("Trop de codes incorrects");
        officier.post(VERIFICATION, "code", code).andExpect(redirectedUrl(CONNEXION));
        officier.get("/police").andExpect(redirectedUrl(CONNEXION));
        assertThat(journal("SECOND_FACTEUR_BLOQUE")).isEqualTo(1);
        assertThat(journal("CONNEXION_REUSSIE")).isZero();
    }

    @Test
    void aTrustedDeviceOfThePolicePortalSkipsTheCodeThereOnly() throws Exception {
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        var reponse = officier.post(VERIFICATION, "code", Courriels.codeDeVerification(courriels, DonneesDeTest.OFFICIER),
                "confiance", "true").andExpect(redirectedUrl("/police")).andReturn().getResponse();
        String cookie = Arrays.stream(reponse.getHeaders("Set-Cookie").toArray(String[]::new))
                .filter(c -> c.startsWith(ConnexionEnDeuxEtapes.cookie(Portail.POLICE) + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/police", "Max-Age=2592000", "Secure", "HttpOnly", "SameSite=Strict");

        officier.post("/police/deconnexion");
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
        officier.get("/police").andExpect(status().isOk());
        assertThat(journal("APPAREIL_CONFIANCE_UTILISE")).isEqualTo(1);

        // The same browser on /gs: the police cookie is not even sent there, the agent needs a code.
        officier.connecterSansCode("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs/verification"));
    }

    @Test
    void aNewPasswordRevokesTheOfficersTrustedDevices() throws Exception {
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        officier.post(VERIFICATION, "code", Courriels.codeDeVerification(courriels, DonneesDeTest.OFFICIER),
                "confiance", "true").andExpect(redirectedUrl("/police"));
        officier.post("/police/deconnexion");

        comptes.definirMotDePasse(acteurs.officier(), "Un-tout-nouveau-mot-de-passe");

        assertThat(journal("APPAREIL_CONFIANCE_REVOQUE")).isEqualTo(1);
        officier.connecterSansCode(CONNEXION, DonneesDeTest.OFFICIER, "Un-tout-nouveau-mot-de-passe")
                .andExpect(redirectedUrl(VERIFICATION));
    }

    @Test
    void theHarnessCompletesThePoliceLoginLikeTheGsOne() throws Exception {
        comptes.creerOfficier("apj.nanterre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, "Leroy", "Anne", acteurs.unite(),
                fr.demarches.compte.QualiteOfficier.APJ, LocalDate.now(donnees.horloge()).plusYears(1));
        new Visiteur(mvc, courriels).connecter(CONNEXION, "apj.nanterre@exemple.fr", DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
