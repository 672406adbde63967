package fr.demarches.liste;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.LimiteurTentatives;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.compte.Profils;
import fr.demarches.liste.internal.ProprietesListes;
import fr.demarches.procuration.Demande;
import fr.demarches.procuration.PieceIdentite;
import fr.demarches.procuration.Portee;
import fr.demarches.procuration.Procurations;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Ma situation électorale": the signed-in citizen's own registration and procurations, journaled and limited. */
@TestIntegration
class SituationElectoraleTest {

    private static final String AUTRE = "jean.dupont@exemple.fr";
    private static final LocalDate NEE_17_05_1980 = LocalDate.of(1980, 5, 17);

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail courriels;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Comptes comptes;

    @Autowired
    Profils profils;

    @Autowired
    ImportListeElectorale importation;

    @Autowired
    Procurations procurations;

    @Autowired
    SituationsElectorales situations;

    @Autowired
    ListeElectorale liste;

    @Autowired
    ProcurationsDeLElecteur procurationsDeLElecteur;

    @Autowired
    Referentiel referentiel;

    @Autowired
    LimiteurTentatives limiteur;

    @Autowired
    JournalAudit journal;

    @Autowired
    ProprietesListes proprietes;

    DonneesDeTest.Acteurs acteurs;
    UUID autre;
    LocalDate scrutin;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        autre = comptes.creerUsager(AUTRE, DonneesDeTest.MOT_DE_PASSE, true);
        scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
        var rapport = importation.importer(DonneesDeTest.NANTERRE, ("""
                nne;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;bureau_vote;type_liste
                111111111;Martin;;Camille Anne;F;17/05/1980;Lyon;3;generale
                222222222;Martin;;Camille Anne;F;18/05/1980;Nice;5;generale
                333333333;Dupont;;Jean;M;03/02/1975;Paris;1;generale
                """).getBytes(StandardCharsets.UTF_8), acteurs.adminCommune(), DonneesDeTest.ADMIN_COMMUNE, "127.0.0.1");
        assertThat(rapport.erreurs()).isEmpty();
    }

    private void profil(UUID compte, String nom, String prenoms, LocalDate naissance) {
        profils.enregistrer(DonneesDeTest.acteurUsager(compte), new ProfilUsager("F", nom, null, prenoms, naissance,
                null, null, null, "Française", "1 rue de la Paix", null, "92000", DonneesDeTest.NANTERRE, null),
                "test");
    }

    private Visiteur connecte(String courriel) throws Exception {
        var visiteur = new Visiteur(mvc, courriels);
        visiteur.connecter("/connexion", courriel, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        return visiteur;
    }

    private String consulter(Visiteur visiteur) throws Exception {
        return visiteur.post("/ma-situation-electorale").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Established by an officer: the mandant {@code usager}, the mandataire designated by civil status. */
    private String etablir(UUID usager, String nomMandant, String prenomsMandant, LocalDate naissanceMandant,
            String nomMandataire, String prenomsMandataire, LocalDate naissanceMandataire) {
        var vue = procurations.deposer(new Demande(usager, DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null,
                nomMandant, null, prenomsMandant, naissanceMandant, "Paris", null, nomMandataire, prenomsMandataire,
                naissanceMandataire, DonneesDeTest.NANTERRE, Portee.UN_TOUR, scrutin, scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1",
                new fr.demarches.procuration.Acteur(acteurs.officier(), DonneesDeTest.OFFICIER, acteurs.unite(),
                        "127.0.0.1"));
        return vue.reference();
    }

    @Test
    void aRegisteredCitizenSeesTheirPollingStationAndTheProcurationsTheyGaveAndHold() throws Exception {
        profil(acteurs.usager(), "MARTIN", "Camille-Anne", NEE_17_05_1980);
        // Camille gives one; Jean gives one to Camille (designated with one given name only); Jean gives another to
        // Camille's homonym born the next day, which is not Camille's.
        etablir(acteurs.usager(), "Martin", "Camille Anne", NEE_17_05_1980, "Dupont", "Jean", LocalDate.of(1975, 2, 3));
        etablir(autre, "Dupont", "Jean", LocalDate.of(1975, 2, 3), "Martin", "Camille", NEE_17_05_1980);
        etablir(autre, "Durand", "Lucie", LocalDate.of(1990, 1, 1), "Martin", "Camille Anne", LocalDate.of(1980, 5, 18));
        var camille = connecte(DonneesDeTest.USAGER);

        assertThat(camille.page("/")).contains("href=\"/ma-situation-electorale\"");
        assertThat(camille.page("/ma-situation-electorale")).contains("Camille-Anne MARTIN").contains("17/05/1980")
                .contains("Consulter ma situation électorale");
        String page = consulter(camille);

        assertThat(page).contains("Vous êtes inscrit(e) sur une liste électorale").contains("Nanterre")
                .contains("<td>3</td>").doesNotContain("<td>5</td>").contains("tous ses prénoms");
        assertThat(page).doesNotContain("Demander mon inscription");
        // Given: to Jean Dupont; held: Jean Dupont's. Lucie Durand's is for the homonym.
        int donnees = page.indexOf("Les procurations que j'ai données");
        int detenues = page.indexOf("Les procurations que je détiens");
        assertThat(page.substring(donnees, detenues)).contains("Jean Dupont").contains("Validée par l");
        assertThat(page.substring(detenues)).contains("Jean Dupont").contains("Validée par l").doesNotContain("Lucie");
    }

    @Test
    void anUnregisteredCitizenIsToldWhatToDoWithAPrefilledRegistration() throws Exception {
        profil(acteurs.usager(), "Martin", "Camille Anne", LocalDate.of(1980, 5, 19));
        String page = consulter(connecte(DonneesDeTest.USAGER));
        assertThat(page).contains("aucune des listes électorales disponibles").contains("href=\"/demarches/ile\"")
                .contains("pré-remplie").doesNotContain("Vous êtes inscrit(e)").doesNotContain("<td>3</td>")
                .doesNotContain("<td>5</td>");
    }

    @Test
    void withoutACompleteProfileNothingIsLookedUp() throws Exception {
        var camille = connecte(DonneesDeTest.USAGER);
        assertThat(camille.page("/ma-situation-electorale")).contains("Compléter mes informations")
                .doesNotContain("Consulter ma situation électorale");
        camille.post("/ma-situation-electorale").andExpect(redirectedUrl("/ma-situation-electorale"));
        assertThat(journalise("SITUATION_ELECTORALE_CONSULTEE")).isEmpty();
    }

    /** Nothing in the request chooses whom the look-up is about: names typed in the URL or the form are ignored. */
    @Test
    void twoPeopleFoundInTwoCommunesListsAreUncertainNotAGuess() throws Exception {
        // A namesake born the same day, on Puteaux's list, designated by fewer given names: a different person.
        importation.importer("92062", ("""
                nne;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;bureau_vote;type_liste
                999999999;Martin;;Camille;F;17/05/1980;Brest;42;generale
                """).getBytes(StandardCharsets.UTF_8), acteurs.adminCommune(), DonneesDeTest.ADMIN_COMMUNE, "127.0.0.1");
        profil(acteurs.usager(), "Martin", "Camille Anne", NEE_17_05_1980);

        String page = consulter(connecte(DonneesDeTest.USAGER));

        assertThat(page).doesNotContain("<td>42</td>").doesNotContain("<td>3</td>").contains("Puteaux")
                .contains("Nanterre");
    }

    @Test
    void itRevealsNothingAboutAnotherPerson() throws Exception {
        profil(acteurs.usager(), "Martin", "Camille Anne", NEE_17_05_1980);
        profil(autre, "Dupont", "Jean", LocalDate.of(1975, 2, 3));
        etablir(autre, "Dupont", "Jean", LocalDate.of(1975, 2, 3), "Petit", "Léa", LocalDate.of(1970, 1, 1));
        var camille = connecte(DonneesDeTest.USAGER);

        String page = camille.post("/ma-situation-electorale?nomNaissance=Dupont&prenoms=Jean", "nomNaissance",
                "Dupont", "prenoms", "Jean", "dateNaissance", "1975-02-03", "compteId", autre.toString())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<td>3</td>").doesNotContain("<td>1</td>").doesNotContain("Dupont")
                .doesNotContain("Léa").doesNotContain("333333333");
        // Jean's own look-up shows Jean's, not Camille's.
        String pageJean = consulter(connecte(AUTRE));
        assertThat(pageJean).contains("<td>1</td>").contains("Léa Petit").doesNotContain("Camille");
    }

    @Test
    void everyLookUpIsJournaledAndTheLimitHoldsAcrossInstances() throws Exception {
        profil(acteurs.usager(), "Martin", "Camille Anne", NEE_17_05_1980);
        var camille = connecte(DonneesDeTest.USAGER);
        int permises = proprietes.situationElectorale().consultations();
        for (int i = 0; i < permises; i++) {
            consulter(camille);
        }
        assertThat(journalise("SITUATION_ELECTORALE_CONSULTEE")).hasSize(permises)
                .allMatch(d -> d.startsWith("1 inscription(s), procurations données : 0, détenues : 0"));

        String refus = camille.post("/ma-situation-electorale").andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refus).contains("trop souvent").doesNotContain("<td>3</td>");
        assertThat(journalise("SITUATION_ELECTORALE_BLOQUEE")).hasSize(1);

        // Another instance (a service of its own, nothing shared in memory) reads the same counters.
        var autreInstance = new SituationsElectorales(liste, profils, procurationsDeLElecteur, referentiel, limiteur,
                journal, proprietes);
        assertThatThrownBy(() -> autreInstance.consulter(DonneesDeTest.acteurUsager(acteurs.usager())))
                .isInstanceOf(ConsultationLimitee.class);
        // The limit is the account's: another citizen still looks up.
        profil(autre, "Dupont", "Jean", LocalDate.of(1975, 2, 3));
        assertThat(consulter(connecte(AUTRE))).contains("<td>1</td>");
    }

    private List<String> journalise(String action) {
        return donnees.jdbc().sql("SELECT coalesce(details, '') FROM journal_audit WHERE action = ? AND objet_id = ?")
                .params(action, acteurs.usager().toString()).query(String.class).list();
    }
}
