package fr.demarches.scrutin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class ScrutinsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Scrutins scrutins;

    Visiteur admin;

    @BeforeEach
    void acteurs() throws Exception {
        donnees.acteurs();
        admin = new Visiteur(mvc, serveurCourriel);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
    }

    @Test
    void theFormExplainsWhatIsWrong() throws Exception {
        String page = admin.post("/admin/scrutins/nouveau", "portee", "LISTE", "communes", "92050 00000",
                "premierTour", "2027-04-11", "secondTour", "2027-04-04", "dateLimiteInscription", "31/02/2027")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("fr-alert--error")
                .contains("Indiquez le nom du scrutin.")
                .contains("Choisissez le type de scrutin.")
                .contains("Le second tour doit avoir lieu après le premier.")
                .contains("Saisissez une date valide")
                .contains("Codes INSEE inconnus : 00000.")
                .contains("92050 00000");
        assertThat(scrutins.tous()).isEmpty();
    }

    @Test
    void aSecondRoundIsRefusedForAOneRoundElectionAndMoreThanTwoWeeksAfterTheFirst() throws Exception {
        String europeennes = admin.post("/admin/scrutins/nouveau", "nom", "Européennes 2029", "type", "EUROPEENNES",
                "portee", "TOUTES", "premierTour", "2029-06-10", "secondTour", "2029-06-17",
                "dateLimiteInscription", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(europeennes).contains("Élections européennes : un seul tour, laissez le second tour vide.");
        String legislatives = admin.post("/admin/scrutins/nouveau", "nom", "Législatives 2029", "type", "LEGISLATIVES",
                "portee", "TOUTES", "premierTour", "2029-06-10", "secondTour", "2029-07-01",
                "dateLimiteInscription", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(legislatives).contains("Le second tour a lieu le dimanche suivant le premier");
        assertThat(scrutins.tous()).isEmpty();
    }

    @Test
    void anElectionForAllCommunesAndOneForAListAreFoundByTheCommunesConcerned() throws Exception {
        admin.post("/admin/scrutins/nouveau", "nom", "Élection présidentielle 2027", "type", "PRESIDENTIELLE",
                "premierTour", "2027-04-11", "secondTour", "2027-04-25", "portee", "TOUTES")
                .andExpect(redirectedUrl("/admin/scrutins"));
        admin.post("/admin/scrutins/nouveau", "nom", "Municipale partielle de Puteaux", "type", "MUNICIPALES",
                "premierTour", "12/09/2027", "dateLimiteInscription", "2027-08-20", "portee", "LISTE",
                "communes", "92062").andExpect(redirectedUrl("/admin/scrutins"));

        String liste = admin.page("/admin/scrutins");
        assertThat(liste).contains("Élection présidentielle 2027").contains("03/03/2027")
                .contains("20/08/2027").contains("modifiée");
        // Next to each usual deadline, the L30 one: the 10th day before the first round, even when overridden.
        assertThat(liste).contains("Date limite des cas particuliers (L30)")
                .containsPattern("03/03/2027</span>\\s*</td>\\s*<td>01/04/2027</td>")
                .containsPattern("20/08/2027</span>\\s*<span[^>]*>modifiée</span></td>\\s*<td>02/09/2027</td>");

        LocalDate jour = LocalDate.of(2027, 1, 1);
        assertThat(scrutins.prochains(DonneesDeTest.NANTERRE, jour)).extracting(ScrutinVue::nom)
                .containsExactly("Élection présidentielle 2027");
        assertThat(scrutins.prochains("92062", jour)).extracting(ScrutinVue::nom)
                .containsExactly("Élection présidentielle 2027", "Municipale partielle de Puteaux");
        // After the second round the presidential election is no longer coming.
        assertThat(scrutins.prochains("92062", LocalDate.of(2027, 4, 26))).extracting(ScrutinVue::nom)
                .containsExactly("Municipale partielle de Puteaux");
        var partielle = scrutins.prochains("92062", jour).get(1);
        assertThat(scrutins.dateLimiteInscription(partielle.id())).contains(LocalDate.of(2027, 8, 20));
        assertThat(journal("SCRUTIN_CREE")).isEqualTo(2);
    }

    @Test
    void anElectionOfSeveralCommunesIsReadOnceWithAllItsCommunes() throws Exception {
        admin.post("/admin/scrutins/nouveau", "nom", "Municipales partielles", "type", "MUNICIPALES",
                "premierTour", "2027-09-12", "secondTour", "2027-09-19", "portee", "LISTE", "communes", "92062 92050")
                .andExpect(redirectedUrl("/admin/scrutins"));

        // The read joins one row per commune: the election comes back once, its communes in order.
        assertThat(scrutins.prochains(DonneesDeTest.NANTERRE, LocalDate.of(2027, 1, 1))).singleElement()
                .satisfies(s -> assertThat(s.communes()).containsExactly("92050", "92062"))
                .satisfies(s -> assertThat(s.dateLimiteInscription()).isEqualTo(s.dateLimiteCalculee()));
        assertThat(scrutins.tous()).singleElement()
                .satisfies(s -> assertThat(s.communes()).containsExactly("92050", "92062"));
        assertThat(scrutins.prochains("92063", LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void anElectionCanBeChangedBackToTheComputedDeadlineAndDeleted() throws Exception {
        admin.post("/admin/scrutins/nouveau", "nom", "Européennes 2029", "type", "EUROPEENNES",
                "premierTour", "2029-06-10", "dateLimiteInscription", "2029-05-01", "portee", "TOUTES");
        UUID id = scrutins.tous().get(0).id();
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'SCRUTIN_CREE'")
                .query(String.class).single()).isEqualTo("Européennes 2029 (EUROPEENNES), premier tour le 2029-06-10, "
                        + "inscriptions jusqu'au 2029-05-01, toutes les communes");
        assertThat(admin.page("/admin/scrutins/" + id)).contains("value=\"2029-05-01\"")
                .contains("Laissez vide pour la date calculée : 02/05/2029.")
                .containsPattern("le dixième jour avant le premier tour,\\s*31/05/2029");

        admin.post("/admin/scrutins/" + id, "nom", "Européennes 2029", "type", "EUROPEENNES",
                "premierTour", "2029-06-10", "dateLimiteInscription", "", "portee", "TOUTES")
                .andExpect(redirectedUrl("/admin/scrutins"));
        assertThat(scrutins.dateLimiteInscription(id)).contains(LocalDate.of(2029, 5, 2));
        assertThat(journal("SCRUTIN_MODIFIE")).isEqualTo(1);

        admin.post("/admin/scrutins/" + id + "/supprimer").andExpect(redirectedUrl("/admin/scrutins"));
        assertThat(scrutins.tous()).isEmpty();
        assertThat(journal("SCRUTIN_SUPPRIME")).isEqualTo(1);
        admin.get("/admin/scrutins/" + id).andExpect(status().isNotFound());
    }

    @Test
    void onlyPlatformAdministratorsManageElections() throws Exception {
        var mairie = new Visiteur(mvc, serveurCourriel);
        mairie.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        mairie.post("/admin/scrutins/nouveau", "nom", "Pirate", "type", "REFERENDUM", "premierTour", "2027-10-10",
                "portee", "TOUTES").andExpect(redirectedUrl("/admin/connexion"));
        assertThat(scrutins.tous()).isEmpty();
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
