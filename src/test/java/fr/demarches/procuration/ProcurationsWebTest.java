package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.compte.Comptes;
import fr.demarches.compte.QualiteOfficier;
import fr.demarches.compte.TypeCompte;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class ProcurationsWebTest {

    /** Where a recorded decision leads: the home page with its sealed message. */
    private static final String DECIDEE = "/police?decision=*";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Procurations procurations;

    @Autowired
    Comptes comptes;

    @Autowired
    GreenMail courriels;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registre;

    DonneesDeTest.Acteurs acteurs;
    Visiteur mandant;
    Visiteur officier;
    LocalDate scrutin;

    @BeforeEach
    void acteurs() throws Exception {
        acteurs = donnees.acteurs();
        scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
        mandant = new Visiteur(mvc, courriels);
        mandant.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        officier = new Visiteur(mvc, courriels);
        officier.connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
    }

    /** During an SMTP outage the mail waits in the event registry: the page promises it, it does not claim it left. */
    @Test
    void theConfirmationSaysTheReferenceWillComeByMailWhileTheMailIsQueued() throws Exception {
        courriels.stop();
        try {
            String page = mandant.post("/procuration", champs()).andExpect(redirectedUrlPattern("/procuration/*"))
                    .andReturn().getResponse().getRedirectedUrl();
            assertThat(mandant.page(page)).contains("Votre demande est enregistrée")
                    .contains("Vous allez aussi recevoir la référence par courriel.").doesNotContain("envoyé");
        } finally {
            courriels.start();
        }
    }

    @Test
    void mandantOfficerAndAgentCompleteTheProcurationAndTheMandantIsNotifiedAtEachStep() throws Exception {
        assertThat(mandant.page("/procuration")).contains("Faire une demande de procuration");
        assertThat(mandant.page("/procuration/nouvelle")).contains("Demande de procuration");

        String revue = mandant.post("/procuration/verification", champs()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(revue).contains("Vérifiez votre demande").contains("Nanterre (92)").contains("123456789")
                .contains("type=\"hidden\"");

        String page = mandant.post("/procuration", champs()).andExpect(redirectedUrlPattern("/procuration/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String detail = mandant.page(page);
        String reference = donnees.jdbc().sql("SELECT reference FROM procuration").query(String.class).single();
        assertThat(detail).contains("Votre demande est enregistrée").contains(reference)
                .contains("En attente de validation par une autorité habilitée");
        assertThat(Courriels.texte(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 1).get(0)))
                .contains(reference);

        // The officer types it in lower case with a space.
        String saisie = reference.substring(0, 3).toLowerCase() + " " + reference.substring(3).toLowerCase();
        String demande = officier.post("/police/procurations/recherche", "reference", saisie)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(demande).contains("Martin").contains("Camille Anne").contains("17/05/1980").contains("Lyon (69)");
        String accueil = officier.post("/police/procurations/decision", "reference", reference, "decision", "valider",
                "pieceType", "Passeport", "pieceNumero", "19AB12345").andExpect(redirectedUrlPattern(DECIDEE))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(officier.page(accueil)).contains("est validée");
        // The message is sealed in the redirect: the URL does not show the reference, the bare home page no message.
        assertThat(accueil).doesNotContain(reference);
        assertThat(officier.page("/police")).doesNotContain("est validée");

        Visiteur agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        assertThat(agent.page("/gs/procurations")).contains(reference).contains("Martin Camille Anne");
        String id = donnees.jdbc().sql("SELECT id::text FROM procuration").query(String.class).single();
        assertThat(agent.page("/gs/procurations/" + id)).contains("Contrôles automatiques")
                .contains("Mandant inscrit dans la commune").contains("Inconnu");
        agent.post("/gs/procurations/" + id + "/decision", "decision", "accepter")
                .andExpect(redirectedUrl("/gs/procurations/" + id));
        assertThat(agent.page("/gs/procurations")).doesNotContain(reference);

        assertThat(mandant.page("/procuration")).contains("Acceptée par la commune");
        var mails = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 4);
        assertThat(mails).hasSize(3);
        assertThat(Courriels.texte(mails.get(2))).contains("Acceptée par la commune");
    }

    /** Electors for the ballot: 18 by the day before it, not already on the day of the request (Code électoral L2). */
    @Test
    void aMandantWhoTurnsEighteenBeforeTheBallotMayGiveAProcuration() throws Exception {
        var champs = new java.util.ArrayList<>(java.util.List.of(champs()));
        int i = champs.indexOf("1980-05-17");
        champs.set(i, LocalDate.now(donnees.horloge()).minusYears(18).plusMonths(1).toString());
        assertThat(mandant.post("/procuration/verification", champs.toArray(String[]::new)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Vérifiez votre demande");

        champs.set(i, scrutin.minusYears(18).toString()); // 18 on the ballot's day only
        assertThat(mandant.post("/procuration/verification", champs.toArray(String[]::new)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Vous devez être majeur pour donner procuration : avoir 18 ans au plus tard la veille du scrutin.");
    }

    /** Without a date picker, a date is typed as the hint says (JJ/MM/AAAA): it is read, not refused. */
    @Test
    void aDateTypedAsTheHintSaysIsAccepted() throws Exception {
        var champs = new java.util.ArrayList<>(java.util.List.of(champs()));
        champs.set(champs.indexOf("1980-05-17"), "17/05/1980");
        String revue = mandant.post("/procuration/verification", champs.toArray(String[]::new))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revue).contains("Vérifiez votre demande").contains("17/05/1980");
    }

    /** Sent twice from the same review page (double click, back then send): one procuration, one reference, one mail. */
    @Test
    void theSameReviewSentTwiceRecordsOneProcurationAndShowsItBothTimes() throws Exception {
        String revue = mandant.post("/procuration/verification", champs()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var cle = java.util.regex.Pattern.compile("name=\"cle\" value=\"([0-9a-f-]{36})\"").matcher(revue);
        assertThat(cle.find()).isTrue();
        var envoi = new java.util.ArrayList<>(java.util.List.of(champs()));
        envoi.addAll(java.util.List.of("cle", cle.group(1)));

        String premiere = mandant.post("/procuration", envoi.toArray(String[]::new))
                .andExpect(redirectedUrlPattern("/procuration/*")).andReturn().getResponse().getRedirectedUrl();
        String seconde = mandant.post("/procuration", envoi.toArray(String[]::new))
                .andExpect(redirectedUrlPattern("/procuration/*")).andReturn().getResponse().getRedirectedUrl();

        assertThat(seconde).isEqualTo(premiere);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM procuration").query(Long.class).single()).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROCURATION_DEMANDEE'")
                .query(Long.class).single()).isEqualTo(1);
        donnees.attendreLesEcouteurs();
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 1)).hasSize(1);
        assertThat(courriels.waitForIncomingEmail(500, 2)).isFalse();
    }

    @Test
    void anIncompleteFormShowsEachErrorNextToItsFieldAndASummaryAndKeepsTheInput() throws Exception {
        String page = mandant.post("/procuration/verification", "prenoms", "Camille", "modeMandataire", "NNE",
                "portee", "PERIODE", "debut", scrutin.toString(), "fin", scrutin.plusYears(1).plusDays(1).toString())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("fr-alert--error").contains("href=\"#nomNaissance\"")
                .contains("Indiquez votre nom de naissance.").contains("aria-describedby=\"nomNaissance-erreur\"")
                .contains("Indiquez le numéro national d&#39;électeur du mandataire.")
                .contains("Une procuration ne peut pas durer plus d&#39;un an").contains("value=\"Camille\"");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM procuration").query(Long.class).single()).isZero();
    }

    @Test
    void theReviewPageGoesBackToTheFormWithTheAnswers() throws Exception {
        String page = mandant.post("/procuration/nouvelle", champs()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Demande de procuration").contains("value=\"Martin\"")
                .contains("value=\"123456789\"").contains("value=\"" + scrutin + "\"");
    }

    @Test
    void aSecondDecisionOnTheSameReferenceIsNotRecorded() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        String accueil = officier.post("/police/procurations/decision", "reference", vue.reference(), "decision",
                "valider", "pieceType", "Passeport", "pieceNumero", "1").andExpect(redirectedUrlPattern(DECIDEE))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(officier.page(accueil)).contains("est validée");
        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "refuser",
                "motif", "Doublon").andExpect(redirectedUrl("/police"));
        assertThat(officier.page("/police")).contains("n&#39;est pas ou plus en attente de validation");
        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.VALIDEE_AUTORITE);
    }

    @Test
    void aPostalCodeServingSeveralCommunesAsksToChooseOne() throws Exception {
        var liste = new ArrayList<>(List.of(champs()));
        liste.set(1, "91190");
        String page = mandant.post("/procuration/verification", liste.toArray(String[]::new))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ce code postal dessert plusieurs communes").contains("id=\"communeInsee\"")
                .contains("Gif-sur-Yvette");
    }

    @Test
    void someoneElsesProcurationAndAnotherCommunesAreNotFound() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        comptes.creerUsager("autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        Visiteur autre = new Visiteur(mvc, courriels);
        autre.connecter("/connexion", "autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        autre.get("/procuration/" + vue.id()).andExpect(status().isNotFound());
        autre.post("/procuration/" + vue.id() + "/resiliation").andExpect(status().isNotFound());
        assertThat(autre.page("/procuration")).doesNotContain(vue.reference());

        comptes.creerCompteMairie(TypeCompte.AGENT_COMMUNE, "agent.puteaux@exemple.fr", DonneesDeTest.MOT_DE_PASSE,
                "Petit", "Léa", "92062");
        Visiteur puteaux = new Visiteur(mvc, courriels);
        puteaux.connecter("/gs/connexion", "agent.puteaux@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        puteaux.get("/gs/procurations/" + vue.id()).andExpect(status().isNotFound());
        puteaux.post("/gs/procurations/" + vue.id() + "/decision", "decision", "accepter").andExpect(status().isNotFound());
        assertThat(puteaux.page("/gs/procurations?toutes=true")).doesNotContain(vue.reference());
    }

    @Test
    void lookUpsAreThrottledPerOfficerThenPerUnitWithAClearMessage() throws Exception {
        var refusees = registre.get("demarches.procurations.recherches.refusees").counter();
        double avant = refusees.count();
        for (int i = 0; i < 5; i++) {
            assertThat(officier.post("/police/procurations/recherche", "reference", "AAAAA" + (i + 2))
                    .andReturn().getResponse().getContentAsString()).contains("Aucune demande en attente");
        }
        assertThat(officier.post("/police/procurations/recherche", "reference", "AAAAAA").andReturn().getResponse()
                .getContentAsString()).contains("Trop de recherches de référence");

        comptes.creerOfficier("apj.nanterre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, "Leroy", "Anne", acteurs.unite(),
                QualiteOfficier.APJ, LocalDate.now(donnees.horloge()).plusYears(1));
        Visiteur collegue = new Visiteur(mvc, courriels);
        collegue.connecter("/police/connexion", "apj.nanterre@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        for (int i = 0; i < 3; i++) {
            assertThat(collegue.post("/police/procurations/recherche", "reference", "BBBBB" + (i + 2))
                    .andReturn().getResponse().getContentAsString()).contains("Aucune demande en attente");
        }
        assertThat(collegue.post("/police/procurations/recherche", "reference", "BBBBBB").andReturn().getResponse()
                .getContentAsString()).contains("Trop de recherches de référence");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROCURATION_RECHERCHE'")
                .query(Long.class).single()).isEqualTo(8);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROCURATION_RECHERCHE_BLOQUEE'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(refusees.count()).isEqualTo(avant + 2);
    }

    @Test
    void aBlockedOfficerLearnsNothingFromTheDecisionFormAndEveryTryIsJournaled() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        for (int i = 0; i < 5; i++) {
            officier.post("/police/procurations/recherche", "reference", "AAAAA" + (i + 2));
        }

        // The form posted again with a missing field used to show the whole request, uncounted.
        String connue = officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "valider",
                "pieceType", "", "pieceNumero", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String inconnue = officier.post("/police/procurations/decision", "reference", "ZZZZZ9", "decision", "valider",
                "pieceType", "", "pieceNumero", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String page : List.of(connue, inconnue)) {
            assertThat(page).contains("Trop de recherches de référence").doesNotContain("Martin")
                    .doesNotContain("Camille").doesNotContain("Lyon").doesNotContain("Choisissez le type");
        }
        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "valider",
                "pieceType", "Passeport", "pieceNumero", "19AB12345").andExpect(redirectedUrl("/police"));
        assertThat(officier.page("/police")).contains("Trop de recherches de référence");
        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "refuser",
                "motif", "Essai").andExpect(redirectedUrl("/police"));

        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.EN_ATTENTE_AUTORITE);
        assertThat(donnees.jdbc().sql("SELECT objet_id || ' ' || details FROM journal_audit "
                + "WHERE action = 'PROCURATION_RECHERCHE_BLOQUEE' ORDER BY id").query(String.class).list())
                .hasSize(4).allSatisfy(l -> assertThat(l).contains("décision"))
                .first().asString().startsWith(vue.reference());
    }

    @Test
    void everyDecisionPostIsACountedJournaledLookUpAndAnUnknownReferenceIsNoLongerA404() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        String page = officier.post("/police/procurations/decision", "reference", "ZZZZZ9", "decision", "valider",
                "pieceType", "", "pieceNumero", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Aucune demande en attente de validation ne correspond à la référence « ZZZZZ9 »");
        officier.post("/police/procurations/decision", "reference", "ZZZZZ9", "decision", "refuser", "motif", "x")
                .andExpect(redirectedUrl("/police"));
        assertThat(officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "refuser")
                .andReturn().getResponse().getContentAsString()).contains("Indiquez le motif du refus").contains("Martin");
        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "refuser",
                "motif", "La personne présente n'est pas le mandant").andExpect(redirectedUrlPattern(DECIDEE));

        // A decision's own entry (officer, reference, unit, address) is the journal of its look-up: one per post.
        assertThat(donnees.jdbc().sql("SELECT action || ' ' || coalesce(objet_id, '') || ' ' || details FROM journal_audit "
                + "WHERE action IN ('PROCURATION_RECHERCHE', 'PROCURATION_REFUSEE_AUTORITE') ORDER BY id")
                .query(String.class).list())
                .containsExactly("PROCURATION_RECHERCHE ZZZZZ9 aucune demande en attente, décision, unité " + acteurs.unite(),
                        "PROCURATION_RECHERCHE ZZZZZ9 aucune demande en attente, décision, unité " + acteurs.unite(),
                        "PROCURATION_RECHERCHE " + vue.reference() + " trouvée, décision, unité " + acteurs.unite(),
                        "PROCURATION_REFUSEE_AUTORITE " + vue.reference() + " motif : La personne présente n'est pas "
                                + "le mandant, unité " + acteurs.unite());
        // The limit counted them: one more look-up is the officer's fifth, the sixth is refused.
        officier.post("/police/procurations/recherche", "reference", "AAAAA2");
        assertThat(officier.post("/police/procurations/recherche", "reference", "AAAAA3").andReturn().getResponse()
                .getContentAsString()).contains("Trop de recherches de référence");
    }

    @Test
    void theTypeOfIdentityDocumentIsOneOfTheOfferedValues() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        String page = officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "valider",
                "pieceType", "Carte de bibliothèque", "pieceNumero", "42").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez le type de pièce parmi ceux proposés.").contains("fr-select-group--error")
                .contains("aria-describedby=\"pieceType-erreur\"").contains("<option value=\"CNI\">Carte nationale d’identité</option>");
        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.EN_ATTENTE_AUTORITE);

        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "valider",
                "pieceType", "CNI", "pieceNumero", "X1").andExpect(redirectedUrlPattern(DECIDEE));
        assertThat(donnees.jdbc().sql("SELECT piece_type FROM procuration").query(String.class).single())
                .isEqualTo("Carte nationale d’identité");
    }

    /** The alert that fails to be written takes its count back: the next unknown reference raises it again. */
    @Test
    void anAlertThatFailsIsRaisedAgainByTheNextUnknownReference() throws Exception {
        var jdbc = donnees.jdbc();
        jdbc.sql("""
                CREATE FUNCTION essai_alerte_en_echec() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.action = 'ALERTE_ENUMERATION_REFERENCES'
                       AND NOT EXISTS (SELECT 1 FROM journal_audit WHERE action = 'ESSAI_ECHEC_FAIT') THEN
                        RAISE EXCEPTION 'panne simulée';
                    END IF;
                    RETURN NEW;
                END $$""").update();
        jdbc.sql("CREATE TRIGGER essai_alerte_en_echec BEFORE INSERT ON journal_audit FOR EACH ROW "
                + "EXECUTE FUNCTION essai_alerte_en_echec()").update();
        try {
            for (int i = 0; i < 4; i++) {
                try {
                    officier.post("/police/procurations/recherche", "reference", "AAAAA" + (i + 2));
                } catch (Exception panne) {
                    // The fourth one: its alert fails, as the database would.
                }
            }
            assertThat(jdbc.sql("SELECT count(*) FROM journal_audit WHERE action = 'ALERTE_ENUMERATION_REFERENCES'")
                    .query(Long.class).single()).isZero();
            jdbc.sql("INSERT INTO journal_audit (horodatage, acteur, action) VALUES (now(), 'essai', 'ESSAI_ECHEC_FAIT')")
                    .update();
            officier.post("/police/procurations/recherche", "reference", "AAAAA6");
        } finally {
            jdbc.sql("DROP TRIGGER essai_alerte_en_echec ON journal_audit").update();
            jdbc.sql("DROP FUNCTION essai_alerte_en_echec()").update();
        }
        assertThat(jdbc.sql("SELECT objet_type FROM journal_audit WHERE action = 'ALERTE_ENUMERATION_REFERENCES'")
                .query(String.class).list()).containsExactly("COMPTE");
    }

    @Test
    void manyUnknownReferencesRaiseAnAlertInTheJournalPageAndAMailToThePlatformAdministrators() throws Exception {
        for (int i = 0; i < 5; i++) {
            officier.post("/police/procurations/recherche", "reference", "AAAAA" + (i + 2));
        }
        comptes.creerOfficier("apj.nanterre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, "Leroy", "Anne", acteurs.unite(),
                QualiteOfficier.APJ, LocalDate.now(donnees.horloge()).plusYears(1));
        Visiteur collegue = new Visiteur(mvc, courriels);
        collegue.connecter("/police/connexion", "apj.nanterre@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        for (int i = 0; i < 2; i++) {
            collegue.post("/police/procurations/recherche", "reference", "BBBBB" + (i + 2));
        }

        // Thresholds of the tests: 4 per officer, 7 per unit, within an hour; one alert each.
        assertThat(donnees.jdbc().sql("SELECT objet_type FROM journal_audit WHERE action = 'ALERTE_ENUMERATION_REFERENCES' "
                + "ORDER BY id").query(String.class).list()).containsExactly("COMPTE", "UNITE");
        var mails = Courriels.tousPour(courriels, DonneesDeTest.ADMIN, 2);
        assertThat(mails).hasSize(2).allSatisfy(m -> assertThat(Courriels.sujet(m))
                .isEqualTo("Alerte : références de procuration essayées au hasard ?"));
        assertThat(Courriels.texte(mails.get(0))).contains(DonneesDeTest.OFFICIER).contains("Commissariat de Nanterre")
                .contains("4 références de procuration ne correspondant à aucune demande en attente");

        Visiteur admin = new Visiteur(mvc, courriels);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        assertThat(admin.page("/admin/journal")).contains("Alertes de sécurité des 30 derniers jours")
                .contains("4 références sans demande en attente saisies en moins de 60 minutes par l&#39;officier "
                        + DonneesDeTest.OFFICIER)
                .contains("7 références sans demande en attente");
    }

    @Test
    void anOfficerWhoseUnitWasDisabledAfterSigningInIsRefused() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        donnees.jdbc().sql("UPDATE unite SET active = false").update();
        // The session ends at the next request: the officer is sent back to the login page, where it fails.
        officier.post("/police/procurations/recherche", "reference", vue.reference())
                .andExpect(redirectedUrl("/police/connexion"));
        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "valider",
                "pieceType", "Passeport", "pieceNumero", "1").andExpect(redirectedUrl("/police/connexion"));
        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.EN_ATTENTE_AUTORITE);
    }

    @Test
    void theOfficerMustRecordTheIdentityDocumentOrARefusalReason() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        String page = officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "valider",
                "pieceType", "", "pieceNumero", "").andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez le type de la pièce").contains("href=\"#pieceNumero\"").contains("Martin");
        page = officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "refuser")
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Indiquez le motif du refus");

        officier.post("/police/procurations/decision", "reference", vue.reference(), "decision", "refuser",
                "motif", "La personne présente n'est pas le mandant").andExpect(redirectedUrlPattern(DECIDEE));
        assertThat(mandant.page("/procuration/" + vue.id())).contains("Refusée par l&#39;autorité habilitée")
                .contains("n&#39;est pas le mandant");
    }

    @Test
    void theCommuneRefusesOnlyWithAReasonThatTheMandantReads() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        Visiteur agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        assertThat(agent.post("/gs/procurations/" + vue.id() + "/decision", "decision", "refuser", "motif", " ")
                .andReturn().getResponse().getContentAsString()).contains("Indiquez le motif du refus")
                .contains("fr-input-group--error");
        agent.post("/gs/procurations/" + vue.id() + "/decision", "decision", "refuser", "motif",
                "Le mandant n'est pas inscrit dans la commune").andExpect(redirectedUrl("/gs/procurations/" + vue.id()));

        var mails = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 4);
        assertThat(Courriels.texte(mails.get(mails.size() - 1))).contains("Refusée par la commune")
                .contains("pas inscrit dans la commune");
        assertThat(mandant.page("/procuration")).contains("Refusée par la commune");
    }

    @Test
    void theMandantCancelsAndTheOfficerValidatesTheCancellation() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        mandant.post("/procuration/" + vue.id() + "/resiliation").andExpect(redirectedUrl("/procuration/" + vue.id()));
        String reference = procurations.duMandant(acteurs.usager(), vue.id()).referenceEnAttente();
        assertThat(mandant.page("/procuration/" + vue.id())).contains("Résiliation : référence à présenter")
                .contains(reference);
        assertThat(officier.post("/police/procurations/recherche", "reference", reference).andReturn().getResponse()
                .getContentAsString()).contains("Résiliation de la procuration " + vue.reference());
        officier.post("/police/procurations/decision", "reference", reference, "decision", "valider",
                "pieceType", "Passeport", "pieceNumero", "2").andExpect(redirectedUrlPattern(DECIDEE));
        assertThat(mandant.page("/procuration")).contains("Résiliée");
    }

    /** The officer's screen says the mandant is told: the mandant is, with the reason. */
    @Test
    void aRefusedCancellationIsMailedToTheMandantWithTheReason() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        mandant.post("/procuration/" + vue.id() + "/resiliation").andExpect(redirectedUrl("/procuration/" + vue.id()));
        String reference = procurations.duMandant(acteurs.usager(), vue.id()).referenceEnAttente();

        String avis = officier.post("/police/procurations/decision", "reference", reference, "decision", "refuser",
                "motif", "La personne présente n'est pas le mandant.").andExpect(redirectedUrlPattern(DECIDEE))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(officier.page(avis)).contains("Le mandant en est informé par courriel.");

        var mails = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 5);
        var refus = mails.get(mails.size() - 1);
        assertThat(Courriels.sujet(refus)).isEqualTo("Procuration " + vue.reference() + " : résiliation refusée");
        assertThat(Courriels.texte(refus)).contains("reste valable").contains("La personne présente n'est pas le mandant.");
        assertThat(mandant.page("/procuration")).doesNotContain("Résiliée");
    }

    @Test
    void theRegistreIsACsvAndAPrintablePdf() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        procurations.deciderCommune(vue.id(), DonneesDeTest.NANTERRE, true, null, Exemples.agent(acteurs));
        Visiteur agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        var reponse = agent.get("/gs/procurations/registre.csv?date=" + scrutin).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(reponse.getContentType()).startsWith("text/csv");
        String csv = reponse.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"bureau_vote\";\"nom_naissance\"").contains("\"" + vue.reference() + "\"")
                .contains("\"Martin\"");
        assertThat(agent.page("/gs/procurations/registre.csv?date=demain")).contains("Indiquez la date du scrutin");

        var pdf = agent.get("/gs/procurations/registre.pdf?date=" + scrutin).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            String texte = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(texte).contains("Registre des procurations - Nanterre (92)")
                    .contains("Bureau de vote inconnu (mandant absent de la liste importée) - 1 procuration(s)").contains(vue.reference())
                    .contains("Martin Camille Anne");
        }
    }

    @Test
    void noLineOfAnyRegistreCellCanRunAsAFormulaInASpreadsheet() throws Exception {
        // A name with a carriage return, as a form older than the input check could have let through.
        var piegee = new Demande(acteurs.usager(), DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null, "Martin\r=2+3",
                "-Durand", "@Camille", LocalDate.of(1980, 5, 17), "Lyon", Exemples.NNE_MANDATAIRE, null, null,
                LocalDate.of(1975, 2, 3), null, Portee.UN_TOUR, scrutin, scrutin);
        var vue = procurations.deposer(piegee, "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        procurations.deciderCommune(vue.id(), DonneesDeTest.NANTERRE, true, null, Exemples.agent(acteurs));
        Visiteur agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);

        String csv = agent.get("/gs/procurations/registre.csv?date=" + scrutin).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        String ligne = csv.substring(csv.indexOf("\r\n") + 2);
        assertThat(ligne).startsWith("\"").endsWith("\"\r\n").contains("\"Martin\r'=2+3\"").contains("\"'-Durand\"")
                .contains("\"'@Camille\"");
        // Every cell is quoted: splitting on the separators between quotes gives the eleven columns.
        assertThat(ligne.strip().split("\";\"", -1)).hasSize(11);
    }

    @Test
    void aNameWithALineBreakOrAControlCharacterIsRefusedBesideTheField() throws Exception {
        var liste = new ArrayList<>(List.of(champs()));
        liste.set(liste.indexOf("nomNaissance") + 1, "Martin\r=2+3");
        liste.set(liste.indexOf("prenoms") + 1, "Camille\tAnne");
        String page = mandant.post("/procuration/verification", liste.toArray(String[]::new)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#nomNaissance\"").contains("href=\"#prenoms\"")
                .contains("aria-describedby=\"nomNaissance-erreur\"")
                .contains("Ce champ ne doit contenir ni retour à la ligne, ni tabulation, ni autre caractère de contrôle.");
        mandant.post("/procuration", liste.toArray(String[]::new)).andExpect(status().isOk());
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM procuration").query(Long.class).single()).isZero();
    }

    /** An empty submission reports only what the mandant's choices require (mandataire by NNE or by civil status). */
    @Test
    void anEmptySubmissionOnlyReportsTheFieldsTheChoicesRequire() throws Exception {
        String parNne = mandant.post("/procuration/verification", "modeMandataire", "NNE", "portee", "UN_TOUR")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(parNne).contains("href=\"#nneMandataire\"").contains("href=\"#codePostal\"")
                .contains("href=\"#nomNaissance\"").contains("href=\"#debut\"")
                .doesNotContain("href=\"#nomNaissanceMandataire\"").doesNotContain("href=\"#codePostalMandataire\"")
                .doesNotContain("href=\"#fin\"").doesNotContain("href=\"#nneMandant\"")
                .doesNotContain("href=\"#nomUsage\"");
        String parEtatCivil = mandant.post("/procuration/verification", "modeMandataire", "ETAT_CIVIL", "portee",
                "DEUX_TOURS").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(parEtatCivil).contains("href=\"#nomNaissanceMandataire\"").contains("href=\"#prenomsMandataire\"")
                .contains("href=\"#codePostalMandataire\"").contains("href=\"#fin\"")
                .doesNotContain("href=\"#nneMandataire\"");
    }

    /** The form is prefilled from the profile, as every other form is. */
    @Test
    void theFormIsPrefilledFromTheProfile() throws Exception {
        donnees.jdbc().sql("""
                INSERT INTO profil_usager (compte_id, sexe, nom_naissance, prenoms, date_naissance,
                    naissance_commune_insee, nationalite, code_postal, commune_insee, modifie_le)
                VALUES (?, 'F', 'Martin', 'Camille Anne', DATE '1980-05-17', '69123', 'Française', '92000', '92050', now())
                """).param(acteurs.usager()).update();
        String page = mandant.get("/procuration/nouvelle").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"Martin\"").contains("value=\"Camille Anne\"")
                .contains("value=\"1980-05-17\"").contains("value=\"Lyon (69)\"").contains("value=\"92000\"")
                .doesNotContain("Données certifiées par FranceConnect");
    }

    private String[] champs() {
        return new String[] {"codePostal", "92000", "communeInsee", "", "nneMandant", "", "nomNaissance", "Martin",
            "nomUsage", "", "prenoms", "Camille Anne", "dateNaissance", "1980-05-17", "lieuNaissance", "Lyon (69)",
            "modeMandataire", "NNE", "nneMandataire", "123456789", "dateNaissanceMandataire", "1975-02-03",
            "nomNaissanceMandataire", "", "prenomsMandataire", "", "codePostalMandataire", "", "communeMandataire", "",
            "portee", "DEUX_TOURS", "debut", scrutin.toString(), "fin", scrutin.plusWeeks(1).toString()};
    }
}
