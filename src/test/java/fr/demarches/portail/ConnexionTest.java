package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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

@TestIntegration
class ConnexionTest {

    private static final String INCORRECT = "Identifiant ou mot de passe incorrect.";
    private static final String BLOQUE = "Trop de tentatives de connexion ont échoué";

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    DonneesDeTest donnees;

    Visiteur visiteur;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        visiteur = new Visiteur(mvc, serveurCourriel);
    }

    static Stream<Arguments> comptesParPortail() {
        return Stream.of(
                Arguments.of(Portail.USAGER, DonneesDeTest.USAGER),
                Arguments.of(Portail.GS, DonneesDeTest.AGENT),
                Arguments.of(Portail.GS, DonneesDeTest.ADMIN_COMMUNE),
                Arguments.of(Portail.POLICE, DonneesDeTest.OFFICIER),
                Arguments.of(Portail.ADMIN, DonneesDeTest.ADMIN));
    }

    static Stream<Arguments> comptesDAutresPortails() {
        return comptesParPortail().flatMap(compte -> Stream.of(Portail.values())
                .filter(p -> p != compte.get()[0])
                .map(p -> Arguments.of(p, compte.get()[1])));
    }

    @ParameterizedTest(name = "{0} : {1}")
    @MethodSource("comptesParPortail")
    void eachPortalLetsItsOwnAccountsInAndShowsItsHomePage(Portail portail, String identifiant) throws Exception {
        connecter(portail, identifiant, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl(portail.accueil()));

        String page = visiteur.get(portail.accueil()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(portail.getNom()).contains("Se déconnecter");
        assertThat(journal("CONNEXION_REUSSIE", identifiant)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} refuse {1}")
    @MethodSource("comptesDAutresPortails")
    void aPortalRefusesAccountsOfOtherKinds(Portail portail, String identifiant) throws Exception {
        connecter(portail, identifiant, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl(portail.url("/connexion")));
        assertThat(visiteur.page(portail.url("/connexion"))).contains(INCORRECT);
        assertThat(journal("CONNEXION_ECHOUEE", identifiant)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameMessageAndTheIdentifierIsKept() throws Exception {
        connecter(Portail.GS, DonneesDeTest.AGENT, "mauvais-mot-de-passe");
        assertThat(visiteur.page("/gs/connexion")).contains(INCORRECT).contains("value=\"" + DonneesDeTest.AGENT + "\"");
        connecter(Portail.GS, "inconnu@exemple.fr", "mauvais-mot-de-passe");
        assertThat(visiteur.page("/gs/connexion")).contains(INCORRECT);
    }

    @Test
    void theMessageIsShownOnceOnly() throws Exception {
        connecter(Portail.USAGER, DonneesDeTest.USAGER, "mauvais-mot-de-passe");
        assertThat(visiteur.page("/connexion")).contains(INCORRECT);
        assertThat(visiteur.page("/connexion")).doesNotContain(INCORRECT);
    }

    @Test
    void aCitizensAddressSignsInWhateverItsCaseAnAgentsIdentifierIsCaseSensitive() throws Exception {
        connecter(Portail.USAGER, DonneesDeTest.USAGER.toUpperCase(), DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/"));
        // The Gestionnaire de Suivi's identifiers are case-sensitive, as the State's own (mission source 002).
        connecter(Portail.GS, DonneesDeTest.AGENT.toUpperCase(), DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs/connexion"));
    }

    @Test
    void anOlderAccountDifferingOnlyByCaseFromAnotherSignsInTypedExactly() throws Exception {
        // Two accounts of one mailbox, from before addresses were kept in lower case (V212 leaves the second as is).
        donnees.jdbc().sql("""
                INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, nom, prenoms, courriel_confirme_le, cree_le)
                SELECT gen_random_uuid(), type, 'Camille.Martin@exemple.fr', mot_de_passe, true, nom, prenoms,
                       courriel_confirme_le, cree_le
                FROM compte WHERE identifiant = ?
                """).param(DonneesDeTest.USAGER).update();
        donnees.jdbc().sql("UPDATE compte SET actif = false WHERE identifiant = ?").param(DonneesDeTest.USAGER).update();

        connecter(Portail.USAGER, "Camille.Martin@exemple.fr", DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void repeatedFailuresOnAnAccountBlockItEvenWithTheRightPasswordUntilTheDelayEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            connecter(Portail.USAGER, DonneesDeTest.USAGER, "mauvais-mot-de-passe-" + i);
        }
        connecter(Portail.USAGER, DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/connexion"));
        assertThat(visiteur.page("/connexion")).contains(BLOQUE).contains("réessayez dans 15 minutes");
        assertThat(journal("CONNEXION_BLOQUEE", DonneesDeTest.USAGER)).isEqualTo(1);

        donnees.horloge().avancer(Duration.ofMinutes(16));
        connecter(Portail.USAGER, DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() throws Exception {
        for (int i = 0; i < 4; i++) {
            connecter(Portail.USAGER, DonneesDeTest.USAGER, "mauvais-mot-de-passe-" + i);
        }
        donnees.horloge().avancer(Duration.ofMinutes(16));
        connecter(Portail.USAGER, DonneesDeTest.USAGER, "encore-un-mauvais");
        connecter(Portail.USAGER, DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void repeatedFailuresFromOneAddressBlockEveryAccountFromIt() throws Exception {
        for (int i = 0; i < 30; i++) {
            connecter(Portail.USAGER, "inconnu-" + i + "@exemple.fr", "mauvais-mot-de-passe");
        }
        connecter(Portail.GS, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs/connexion"));
        assertThat(visiteur.page("/gs/connexion")).contains(BLOQUE);
    }

    @Test
    void anOfficerWhoseHabilitationHasEndedCannotSignIn() throws Exception {
        donnees.jdbc().sql("UPDATE compte SET habilitation_fin = current_date - 1 WHERE identifiant = ?")
                .param(DonneesDeTest.OFFICIER).update();
        connecter(Portail.POLICE, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police/connexion"));
        assertThat(visiteur.page("/police/connexion")).contains(INCORRECT);
    }

    @Test
    void anOfficerOfADisabledUnitCannotSignIn() throws Exception {
        donnees.jdbc().sql("UPDATE unite SET active = false").update();
        connecter(Portail.POLICE, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police/connexion"));
    }

    @Test
    void aDisabledAccountCannotSignInAndIsNotToldWhy() throws Exception {
        donnees.jdbc().sql("UPDATE compte SET actif = false WHERE identifiant = ?").param(DonneesDeTest.AGENT).update();
        connecter(Portail.GS, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs/connexion"));
        assertThat(visiteur.page("/gs/connexion")).contains(INCORRECT);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() throws Exception {
        connecter(Portail.GS, DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        visiteur.get("/gs").andExpect(status().isOk());
        donnees.jdbc().sql("UPDATE compte SET actif = false WHERE identifiant = ?").param(DonneesDeTest.AGENT).update();
        visiteur.get("/gs").andExpect(redirectedUrl("/gs/connexion"));
        visiteur.get("/gs").andExpect(redirectedUrl("/gs/connexion"));
        assertThat(journal("SESSION_REVOQUEE", DonneesDeTest.AGENT)).isEqualTo(1);
    }

    @Test
    void anOfficersSessionEndsWhenTheHabilitationEnds() throws Exception {
        connecter(Portail.POLICE, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        visiteur.get("/police").andExpect(status().isOk());
        donnees.horloge().avancer(Duration.ofDays(367));
        visiteur.get("/police").andExpect(redirectedUrl("/police/connexion"));
    }

    @Test
    void aCitizenSignedInIsAStrangerOnTheOtherPortals() throws Exception {
        connecter(Portail.USAGER, DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        visiteur.get("/gs").andExpect(redirectedUrl("/gs/connexion"));
        visiteur.get("/police").andExpect(redirectedUrl("/police/connexion"));
        visiteur.get("/admin").andExpect(redirectedUrl("/admin/connexion"));
    }

    @Test
    void loginGivesANewSessionIdentifier() throws Exception {
        visiteur.get("/connexion");
        String avant = visiteur.session().getValue();
        connecter(Portail.USAGER, DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        assertThat(visiteur.session().getValue()).isNotEqualTo(avant);
    }

    @Test
    void logoutEndsTheSessionAndIsJournaled() throws Exception {
        connecter(Portail.ADMIN, DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        visiteur.post("/admin/deconnexion").andExpect(redirectedUrl("/admin/connexion?deconnecte"));
        assertThat(journal("DECONNEXION", DonneesDeTest.ADMIN)).isEqualTo(1);
        visiteur.get("/admin").andExpect(redirectedUrl("/admin/connexion"));
    }

    @Test
    void aSuccessfulLoginRecordsTheAddress() throws Exception {
        connecter(Portail.POLICE, DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        assertThat(donnees.jdbc().sql("SELECT ip FROM journal_audit WHERE action = 'CONNEXION_REUSSIE'")
                .query(String.class).single()).isEqualTo("127.0.0.1");
    }

    private org.springframework.test.web.servlet.ResultActions connecter(Portail portail, String identifiant,
            String motDePasse) throws Exception {
        return visiteur.connecter(portail.url("/connexion"), identifiant, motDePasse);
    }

    private long journal(String action, String acteur) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ? AND acteur = ?")
                .param(action).param(acteur).query(Long.class).single();
    }
}
