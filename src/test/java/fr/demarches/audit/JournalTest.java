package fr.demarches.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.shared.Fuseau;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class JournalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    JournalAudit journal;

    Visiteur admin;

    @BeforeEach
    void acteurs() throws Exception {
        donnees.acteurs();
        ecrire(LocalDateTime.of(2026, 11, 1, 0, 30), "agent.nanterre@exemple.fr", "CONNEXION_REUSSIE", "COMPTE", "a1", null);
        ecrire(LocalDateTime.of(2026, 11, 2, 23, 30), "pirate@exemple.fr", "CONNEXION_ECHOUEE", "COMPTE", null, null);
        ecrire(LocalDateTime.of(2026, 11, 3, 9, 0), "admin@exemple.fr", "PARAMETRES_COMMUNE_MODIFIES", "COMMUNE",
                "92050", "=HYPERLINK(\"http://exemple\")");
        for (int i = 0; i < 55; i++) {
            ecrire(LocalDateTime.of(2026, 11, 10, 8, 0).plusMinutes(i), "robot@exemple.fr", "CONNEXION_ECHOUEE",
                    "COMPTE", null, "essai " + i);
        }
        donnees.horloge().fixer(ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, Fuseau.PARIS));
        admin = new Visiteur(mvc, serveurCourriel);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void filtersByActorActionObjectAndFrenchDays() throws Exception {
        assertThat(admin.page("/admin/journal?acteur=NANTERRE")).contains("1 entrée(s)")
                .contains("agent.nanterre@exemple.fr").doesNotContain("pirate@exemple.fr");
        assertThat(admin.page("/admin/journal?action=connexion_echouee&acteur=pirate")).contains("1 entrée(s)");
        assertThat(admin.page("/admin/journal?objetType=COMMUNE&objetId=92050")).contains("1 entrée(s)")
                .contains("PARAMETRES_COMMUNE_MODIFIES");
        // 1 November 00:30 in Paris is still 31 October in UTC: the French day counts.
        assertThat(admin.page("/admin/journal?du=2026-11-01&au=01/11/2026")).contains("1 entrée(s)")
                .contains("agent.nanterre@exemple.fr");
        assertThat(admin.page("/admin/journal?du=2026-11-02&au=2026-11-03")).contains("2 entrée(s)");
        assertThat(admin.page("/admin/journal?acteur=personne")).contains("Aucune entrée.");
        // The export link keeps a « + » (it would come back as a space) and accents, encoded once.
        ecrire(LocalDateTime.of(2026, 11, 12, 9, 0), "jean+gs@mairie-é.fr", "CONNEXION_REUSSIE", "COMPTE", null, "");
        assertThat(admin.executer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/journal").param("acteur", "jean+gs@mairie-é.fr")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("1 entrée(s)")
                .contains("href=\"/admin/journal/export?acteur=jean%2Bgs%40mairie-%C3%A9.fr\"");
    }

    @Test
    void pagesHoldFiftyEntriesAndKeepTheFilter() throws Exception {
        String page1 = admin.page("/admin/journal?acteur=robot");
        assertThat(page1).contains("55 entrée(s), page 1 sur 2").contains("essai 54").doesNotContain("essai 4<")
                .contains("href=\"/admin/journal?acteur=robot&amp;page=2\"");
        assertThat(admin.page("/admin/journal?acteur=robot&page=2")).contains("page 2 sur 2").contains("essai 4<")
                .doesNotContain("essai 54");
    }

    @Test
    void pastTheCountsCeilingThePageSaysMoreThanAndOffersThePagesUpToIt() throws Exception {
        for (int i = 0; i < 10; i++) {
            ecrire(LocalDateTime.of(2026, 11, 11, 8, 0).plusMinutes(i), "robot@exemple.fr", "CONNEXION_ECHOUEE",
                    "COMPTE", null, "relance " + i);
        }
        donnees.horloge().fixer(ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, Fuseau.PARIS));
        // 65 entries, counted up to 60 (application-test.yml): two pages of 50, the five oldest out of reach.
        String page1 = admin.page("/admin/journal?acteur=robot");
        assertThat(page1).contains("Plus de 60 entrées, page 1 sur les 2 premières")
                .contains("href=\"/admin/journal?acteur=robot&amp;page=2\"").doesNotContain("Dernière page");
        assertThat(admin.page("/admin/journal?acteur=robot&page=2")).contains("page 2 sur les 2 premières")
                .contains("essai 5<").doesNotContain("essai 4<");
        assertThat(admin.page("/admin/journal?acteur=robot&page=9")).contains("page 2 sur les 2 premières");
    }

    @Test
    void aWrongDateIsExplained() throws Exception {
        assertThat(admin.page("/admin/journal?du=31/02/2026&au=2026-01-01")).contains("fr-alert--error")
                .contains("Saisissez une date valide, par exemple 22/11/2026.").contains("href=\"#du\"");
        assertThat(admin.page("/admin/journal?du=2026-02-01&au=2026-01-01"))
                .contains("La date de fin doit suivre la date de début.");
    }

    @Test
    void theExportIsCsvOfTheFilteredEntriesWithFormulasDefusedAndItIsJournaled() throws Exception {
        var reponse = admin.get("/admin/journal/export?objetType=COMMUNE").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("journal-audit.csv")))
                .andReturn().getResponse();
        assertThat(reponse.getContentType()).startsWith("text/csv");
        String csv = new String(reponse.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("\uFEFF\"horodatage\";\"espace\";\"acteur\";\"action\";\"objet_type\";\"objet_id\";\"details\";\"ip\"")
                .contains("\"03/11/2026 09:00:00\";\"\";\"admin@exemple.fr\";\"PARAMETRES_COMMUNE_MODIFIES\";\"COMMUNE\";\"92050\";"
                        + "\"'=HYPERLINK(\"\"http://exemple\"\")\"");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'JOURNAL_EXPORTE' AND acteur = ?")
                .param(DonneesDeTest.ADMIN).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyPlatformAdministratorsReadTheJournal() throws Exception {
        var mairie = new Visiteur(mvc, serveurCourriel);
        mairie.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        mairie.get("/admin/journal").andExpect(redirectedUrl("/admin/connexion"));
        mairie.get("/admin/journal/export").andExpect(redirectedUrl("/admin/connexion"));
        new Visiteur(mvc, serveurCourriel).get("/admin/journal/export").andExpect(redirectedUrl("/admin/connexion"));
    }

    private void ecrire(LocalDateTime quand, String acteur, String action, String type, String id, String details) {
        donnees.horloge().fixer(quand.atZone(Fuseau.PARIS));
        journal.enregistrer(new EntreeAudit(null, null, acteur, action, type, id, details, "10.0.0.1"));
    }
}
