package fr.demarches.teledossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.TypeCompte;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
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

@TestIntegration
class TeledossiersGsTest {

    private static final String PUTEAUX = "92062";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Comptes comptes;

    @Autowired
    Raccordements raccordements;

    @Autowired
    fr.demarches.teledossier.internal.PurgeElements purge;

    @Autowired
    com.icegreen.greenmail.util.GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;
    Visiteur agent;

    @BeforeEach
    void acteurs() throws Exception {
        acteurs = donnees.acteurs();
        raccordements.raccorder(PUTEAUX, ModeRaccordement.COURRIEL, "elections@puteaux.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusMonths(1));
        comptes.creerCompteMairie(TypeCompte.AGENT_COMMUNE, "agent.puteaux@exemple.fr", DonneesDeTest.MOT_DE_PASSE,
                "Petit", "Léa", PUTEAUX);
        agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
    }

    @Test
    void theWorkingListShowsTheCommunesOpenDossiersOnly() throws Exception {
        var ile = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        var rco = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        var clos = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        teledossiers.changerEtat(clos, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null, acteur());
        var autre = deposer(Procedure.ILE, PUTEAUX, "Jean Dupont");

        String page = agent.page("/gs/teledossiers");
        assertThat(page).contains(ile.valeur(), rco.valeur()).doesNotContain(clos.valeur()).doesNotContain(autre.valeur())
                .contains("2 télédossiers").contains("Dossier transmis au service traitant");
    }

    @Test
    void filtersBySearchProcedureAndStateAndClosedDossiersAreFoundBySearchOrState() throws Exception {
        var ile = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        var rco = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Noah Bernard");
        teledossiers.changerEtat(ile, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null, acteur());

        assertThat(agent.page("/gs/teledossiers?procedure=RCO")).contains(rco.valeur()).doesNotContain(ile.valeur());
        assertThat(agent.page("/gs/teledossiers?q=bernard")).contains(rco.valeur()).doesNotContain(ile.valeur());
        assertThat(agent.page("/gs/teledossiers?q=" + ile.valeur().toLowerCase())).contains(ile.valeur());
        assertThat(agent.page("/gs/teledossiers?q=martin&etat=CLOS")).contains(ile.valeur()).doesNotContain(rco.valeur());
        assertThat(agent.page("/gs/teledossiers?etat=CLOS")).contains(ile.valeur()).doesNotContain(rco.valeur());
        assertThat(agent.page("/gs/teledossiers?q=%25")).contains("Aucun télédossier");
    }

    @Test
    void theSearchFindsANameWhateverItsAccentsAndCaseAndTheListShowsIt() throws Exception {
        var lea = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Léa Petit");
        var wasowski = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Jan Wąsowski");
        var durdevic = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Ana Đurđević");
        var dvorak = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Petr Dvořák");
        var lodz = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Łukasz Strauß");

        assertThat(agent.page("/gs/teledossiers")).contains("Léa Petit", "Jan Wąsowski", "Ana Đurđević", "Petr Dvořák");
        assertThat(agent.page("/gs/teledossiers?q=lea")).contains(lea.valeur(), "Léa Petit")
                .doesNotContain(wasowski.valeur(), durdevic.valeur(), dvorak.valeur());
        assertThat(agent.page("/gs/teledossiers?q=wasowski")).contains(wasowski.valeur()).doesNotContain(lea.valeur());
        assertThat(agent.page("/gs/teledossiers?q=durdevic")).contains(durdevic.valeur()).doesNotContain(lea.valeur());
        assertThat(agent.page("/gs/teledossiers?q=DURĐEVIĆ")).contains(durdevic.valeur());
        assertThat(agent.page("/gs/teledossiers?q=dvorak")).contains(dvorak.valeur()).doesNotContain(durdevic.valeur());
        assertThat(agent.page("/gs/teledossiers?q=lukasz strauss")).contains(lodz.valeur());
        assertThat(agent.page("/gs/teledossiers?q=LÉA")).contains(lea.valeur());
        assertThat(agent.page("/gs/teledossiers?q=dvorakova")).contains("Aucun télédossier");
    }

    @Test
    void anRcoDossierDepositedInTheMonthAfterNaturalisationStatesItsGroundToTheAgent() throws Exception {
        var aujourdhui = LocalDate.now(donnees.horloge());
        var naturalise = teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER,
                "Jan Kowalski", DonneesDeTest.NANTERRE,
                Exemples.rcoApresNaturalisation(aujourdhui.minusYears(18), aujourdhui.minusDays(5)), UUID.randomUUID()),
                null);
        var deNaissance = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Éloïse Gérard-Lefèvre");

        assertThat(agent.page("/gs/teledossiers/" + naturalise.valeur())).contains("id=\"motif-recensement\"")
                .contains("Recensement dans le mois qui suit l&#39;acquisition de la nationalité française (le "
                        + fr.demarches.teledossier.regles.DateEnLettres.de(aujourdhui.minusDays(5)) + ")");
        assertThat(agent.page("/gs/teledossiers/" + deNaissance.valeur())).doesNotContain("motif-recensement");
    }

    @Test
    void theListSortsByEachColumnAndPages() throws Exception {
        for (int i = 0; i < 55; i++) {
            deposer(i % 2 == 0 ? Procedure.ILE : Procedure.RCO, DonneesDeTest.NANTERRE, "Usager " + i);
        }
        String premiere = agent.page("/gs/teledossiers?tri=procedure&sens=asc");
        assertThat(premiere).contains("55 télédossiers").contains("1 / 2").contains("Page suivante");
        // 28 ILE then 27 RCO: ascending, the first page (50) starts with every ILE; descending, with every RCO.
        assertThat(premiere.indexOf(">ILE</td>")).isLessThan(premiere.indexOf(">RCO</td>"));
        String descendant = agent.page("/gs/teledossiers?tri=procedure&sens=desc&page=0");
        assertThat(descendant.indexOf(">RCO</td>")).isLessThan(descendant.indexOf(">ILE</td>"));
        assertThat(agent.page("/gs/teledossiers?tri=procedure&sens=asc&page=1")).doesNotContain(">ILE</td>")
                .contains("Page précédente");
        assertThat(agent.page("/gs/teledossiers?tri=nimportequoi;DROP TABLE teledossier")).contains("55 télédossiers");
    }

    /** Counting 20 000 open dossiers for each page cost more than the page: past 1 000, the list says so. */
    @Test
    void theOpenDossiersAreCountedUpToAThousandAndStillPaged() throws Exception {
        donnees.jdbc().sql("""
                INSERT INTO teledossier (id, numero, procedure, courriel_usager, nom_usager, commune_insee, etat, depose_le,
                                         cle_idempotence, conservation_depuis)
                SELECT gen_random_uuid(), 'A-0-' || lpad(n::text, 8, '0'), 'ILE', 'usager@exemple.fr', 'Usager ' || n,
                       :commune, 'TRANSMIS', now() - n * interval '1 minute', gen_random_uuid(), now()
                FROM generate_series(1, 1001) n
                """).param("commune", DonneesDeTest.NANTERRE).update();

        String premiere = agent.page("/gs/teledossiers");
        assertThat(premiere).contains("Plus de 1 000 télédossiers").contains("1 / plus de 20").contains("Page suivante")
                .contains("A-0-00000001");
        // The 1 001st dossier, alone on the 21st page: no next page.
        String derniere = agent.page("/gs/teledossiers?page=20");
        assertThat(derniere).contains("A-0-00001001").doesNotContain("A-0-00001000").contains("Page précédente")
                .doesNotContain("Page suivante");
        assertThat(agent.page("/gs/teledossiers?procedure=RCO")).contains("Aucun télédossier");
        // A search counts what it finds, exactly.
        assertThat(agent.page("/gs/teledossiers?q=usager")).contains("1001 télédossiers");
        assertThat(agent.page("/gs/teledossiers?q=usager&page=30")).contains("1001 télédossiers");
    }

    @Test
    void theSearchFindsAnAddressOrANumberWhateverItsCase() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Noah Bernard");
        var autre = deposer(Procedure.ILE, PUTEAUX, "Noah Bernard");

        assertThat(agent.page("/gs/teledossiers?q=" + DonneesDeTest.USAGER.toUpperCase()))
                .contains(numero.valeur()).doesNotContain(autre.valeur());
        assertThat(agent.page("/gs/teledossiers?q=" + numero.valeur().toLowerCase())).contains(numero.valeur())
                .contains("1 télédossier");
    }

    @Test
    void theDossierPageShowsTheHeaderAndHistory() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        String page = agent.page("/gs/teledossiers/" + numero);
        assertThat(page).contains("Télédossier " + numero).contains("ILE - Inscription sur les listes électorales")
                .contains(DonneesDeTest.USAGER).contains("Historique").contains("Disponibles encore 30 jour");
    }

    @Test
    void anAgentChangesTheStateWithACommentAndTheCitizenIsTold() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "EN_COURS", "commentaire", "Nous traitons votre demande.")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        String page = agent.page("/gs/teledossiers/" + numero);
        assertThat(page).contains("usager en est informé par courriel").contains("Nous traitons votre demande.");
        assertThat(donnees.jdbc().sql("SELECT etat FROM teledossier").query(String.class).single()).isEqualTo("EN_COURS");
    }

    @Test
    void aForbiddenOrMissingStateIsExplainedBesideTheFieldAndChangesNothing() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        String page = agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "TRANSMIS", "commentaire", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient des erreurs").contains("fr-select-group--error")
                .contains("Cet état ne peut pas suivre");
        page = agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "", "commentaire", "Texte conserve")
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez le nouvel état du dossier.").contains("Texte conserve");
        assertThat(donnees.jdbc().sql("SELECT etat FROM teledossier").query(String.class).single()).isEqualTo("TRANSMIS");
    }

    @Test
    void theDownloadIsOneZipWithTheFilledCerfaAndTheValidXmlAndIsRecorded() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Éloïse Gérard-Lefèvre");
        var demarre = agent.get("/gs/teledossiers/" + numero + "/elements").andReturn();
        var reponse = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(demarre))
                .andExpect(status().isOk()).andReturn();
        var entrees = new java.util.LinkedHashMap<String, byte[]>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                reponse.getResponse().getContentAsByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entrees.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(reponse.getResponse().getHeader("Content-Disposition")).contains(numero + ".zip");
        assertThat(entrees).containsOnlyKeys(numero + "-RCO-cerfa.pdf", numero + "-RCO-donnees.xml");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(entrees.get(numero + "-RCO-cerfa.pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("10870*07", "Gérard-Lefèvre",
                    "Télédossier " + numero).doesNotContain("null");
        }
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new org.springframework.core.io.ClassPathResource("xsd/recensement-citoyen.xsd").getURL());
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(
                new java.io.ByteArrayInputStream(entrees.get(numero + "-RCO-donnees.xml"))));
        assertThat(new String(entrees.get(numero + "-RCO-donnees.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<Identifiant>" + numero + "</Identifiant>");

        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Téléchargement");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_TELECHARGE' AND objet_id = ?")
                .param(numero.valeur()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withTheCommunesOptionTheFirstDownloadMarksTheDossierReceived() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        donnees.jdbc().sql("UPDATE raccordement SET recu_au_premier_telechargement = true WHERE code_insee = ?")
                .param(DonneesDeTest.NANTERRE).update();
        for (int i = 0; i < 2; i++) {
            var demarre = agent.get("/gs/teledossiers/" + numero + "/elements").andReturn();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(demarre))
                    .andExpect(status().isOk());
        }
        assertThat(etats()).containsExactly("RECU");
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3).stream()
                .filter(m -> Courriels.sujet(m).endsWith("Dossier reçu par le service traitant")).count()).isEqualTo(1);
    }

    @Test
    void withoutTheOptionADownloadLeavesTheStateAlone() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        var demarre = agent.get("/gs/teledossiers/" + numero + "/elements").andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(demarre))
                .andExpect(status().isOk());
        assertThat(etats()).containsExactly("TRANSMIS");
    }

    @Test
    void purgedElementsCannotBeDownloadedAndTheAgentIsTold() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        donnees.jdbc().sql("UPDATE teledossier SET elements_purges_le = now(), donnees = NULL").update();
        agent.get("/gs/teledossiers/" + numero + "/elements").andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("ne sont plus disponibles")
                .doesNotContain("Télécharger les éléments du dossier");
    }

    @Test
    void anUnexpectedFaultOnDownloadIsNotPassedOffAsPurgedElements() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        // Inconsistent row: data gone while the elements are not marked purged and the delay is not over.
        donnees.jdbc().sql("UPDATE teledossier SET donnees = NULL").update();

        assertThatThrownBy(() -> agent.get("/gs/teledossiers/" + numero + "/elements"))
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining("Données absentes");
        String page = agent.page("/gs/teledossiers/" + numero);
        assertThat(page).doesNotContain("ne sont plus disponibles").contains("Télécharger les éléments du dossier");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_historique WHERE type = 'TELECHARGEMENT'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theListThePageTheDownloadAndThePurgeAgreeOnTheLastDay() throws Exception {
        var depot = java.time.ZonedDateTime.now(fr.demarches.shared.Fuseau.PARIS).withHour(23).withMinute(30)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        donnees.horloge().fixer(depot);
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        var fin = depot.toInstant().plus(java.time.Duration.ofDays(30)).atZone(fr.demarches.shared.Fuseau.PARIS);

        // The morning of the last day: still available until the instant of submission, 30 days later.
        donnees.horloge().fixer(fin.minusHours(15));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Disponibles encore 1 jour, jusqu’au "
                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").format(fin));
        assertThat(agent.page("/gs/teledossiers")).contains(">1 j<");
        assertThat(purge.purger()).isZero();
        var demarre = agent.get("/gs/teledossiers/" + numero + "/elements").andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(demarre))
                .andExpect(status().isOk());

        // That instant: over for every screen at once, and the purge takes it.
        donnees.horloge().fixer(fin);
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Le délai de 30 jours est dépassé")
                .doesNotContain("Télécharger les éléments du dossier");
        assertThat(agent.page("/gs/teledossiers")).contains("Éléments supprimés");
        agent.get("/gs/teledossiers/" + numero + "/elements").andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(purge.purger()).isEqualTo(1);
    }

    @Test
    void theStateFormOffersExactlyWhatTheDossierAccepts() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        // Closing has its own button (outcome, confirmation): not in the state list of an open dossier.
        var attendus = java.util.EnumSet.copyOf(EtatTeledossier.TRANSMIS.choix());
        attendus.remove(EtatTeledossier.CLOS);
        assertThat(etatsProposes(numero)).isEqualTo(attendus);
        // Nor through a forged post: an open dossier is closed with its outcome only.
        String refus = agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "CLOS", "commentaire", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refus).contains("Pour clôturer le dossier, utilisez « Clôturer le dossier… »");
        assertThat(etats()).containsExactly("TRANSMIS");
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null, acteur());
        assertThat(etatsProposes(numero)).containsExactly(EtatTeledossier.CLOS);
        agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "CLOS", "commentaire", "Votre inscription est faite.")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        String page = agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "EN_COURS", "commentaire", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cet état ne peut pas suivre « Dossier clos ».");
        assertThat(etats()).containsExactly("CLOS");
    }

    private java.util.Set<EtatTeledossier> etatsProposes(NumeroTeledossier numero) throws Exception {
        String page = agent.page("/gs/teledossiers/" + numero);
        var trouve = java.util.regex.Pattern.compile("<select[^>]*id=\"etat\"[^>]*>(.*?)</select>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(trouve.find()).isTrue();
        String select = trouve.group(1);
        var etats = java.util.EnumSet.noneOf(EtatTeledossier.class);
        var valeur = java.util.regex.Pattern.compile("value=\"([A-Z_]+)\"").matcher(select);
        while (valeur.find()) {
            etats.add(EtatTeledossier.valueOf(valeur.group(1)));
        }
        return etats;
    }

    @Test
    void severalDossiersAreClosedAtOnceAfterConfirmationAndEachCitizenIsTold() throws Exception {
        var a = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        var b = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Noah Bernard");
        var c = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Léa Petit");

        String confirmation = agent.post("/gs/teledossiers/cloture", "numeros", a.valeur(), "numeros", b.valeur())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Vous allez clôturer 2 télédossiers").contains(a.valeur(), b.valeur());
        assertThat(etats()).containsOnly("TRANSMIS");

        agent.post("/gs/teledossiers/cloture", "numeros", a.valeur(), "numeros", b.valeur(), "confirme", "true",
                        "issue", "INSCRIPTION_ACCEPTEE")
                .andExpect(redirectedUrl("/gs/teledossiers"));
        String liste = agent.page("/gs/teledossiers");
        assertThat(liste).contains("2 télédossiers clôturés").contains(c.valeur()).doesNotContain(a.valeur() + "<");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier WHERE etat = 'CLOS'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 8)
                .stream().filter(m -> Courriels.sujet(m).endsWith("Dossier clos - Inscription acceptée")
                        || Courriels.sujet(m).endsWith("Dossier clos - Recensement effectué")).count()).isEqualTo(2);
    }

    @Test
    void closingWithoutSelectionOrWithAnotherCommunesDossierChangesNothing() throws Exception {
        var nanterre = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        var puteaux = deposer(Procedure.ILE, PUTEAUX, "Jean Dupont");
        agent.post("/gs/teledossiers/cloture").andExpect(redirectedUrl("/gs/teledossiers"));
        assertThat(agent.page("/gs/teledossiers")).contains("Cochez au moins un télédossier");
        agent.post("/gs/teledossiers/cloture", "numeros", nanterre.valeur(), "numeros", puteaux.valeur(), "confirme", "true")
                .andExpect(status().isNotFound());
        assertThat(etats()).containsOnly("TRANSMIS");
    }

    @Test
    void anAgentDepositsAPdfThatReachesTheCitizensSpaceAndIsAnnounced() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        byte[] pdf = fr.demarches.document.Fichiers.pdf(2_000);
        agent.executer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/gs/teledossiers/" + numero + "/depot")
                        .file(new org.springframework.mock.web.MockMultipartFile("fichier", "attestation.pdf", "application/pdf", pdf))
                        .param("type", "ATTESTATION_RECENSEMENT")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Document déposé pour l&#39;usager")
                .contains("attestation.pdf");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document WHERE proprietaire_id = ? AND commune_insee = ?")
                .params(acteurs.usager(), DonneesDeTest.NANTERRE).query(Long.class).single()).isEqualTo(1);
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3).stream()
                .filter(m -> Courriels.sujet(m).endsWith("un document de votre mairie est disponible")).count()).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_DOCUMENT_DEPOSE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDepositOrARequestPostedTwiceActsOnce() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        String page = agent.page("/gs/teledossiers/" + numero);
        var cles = java.util.regex.Pattern.compile("name=\"cle\" value=\"([0-9a-f-]{36})\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
        assertThat(cles).hasSize(2).doesNotHaveDuplicates();
        byte[] pdf = fr.demarches.document.Fichiers.pdf(2_000);
        for (int fois = 0; fois < 2; fois++) {
            agent.executer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/gs/teledossiers/" + numero + "/depot")
                            .file(new org.springframework.mock.web.MockMultipartFile("fichier", "attestation.pdf",
                                    "application/pdf", pdf))
                            .param("type", "ATTESTATION_RECENSEMENT").param("cle", cles.get(0))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
            agent.post("/gs/teledossiers/" + numero + "/complements", "message", "Le livret de famille ?",
                    "cle", cles.get(1)).andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        }

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document WHERE proprietaire_id = ? AND commune_insee = ?")
                .params(acteurs.usager(), DonneesDeTest.NANTERRE).query(Long.class).single()).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT action FROM journal_audit WHERE action IN "
                + "('TELEDOSSIER_DOCUMENT_DEPOSE', 'TELEDOSSIER_COMPLEMENTS_DEMANDES') ORDER BY id").query(String.class)
                .list()).containsExactly("TELEDOSSIER_DOCUMENT_DEPOSE", "TELEDOSSIER_COMPLEMENTS_DEMANDES");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_historique WHERE type = 'DEMANDE_COMPLEMENTS'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aForgedNatureOfDocumentIsRefused() throws Exception {
        var ile = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        for (String type : new String[] {"ATTESTATION_RECENSEMENT", "PIECE_IDENTITE"}) {
            agent.executer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/gs/teledossiers/" + ile + "/depot")
                            .file(new org.springframework.mock.web.MockMultipartFile("fichier", "a.pdf",
                                    "application/pdf", fr.demarches.document.Fichiers.pdf(2_000)))
                            .param("type", type)
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(redirectedUrl("/gs/teledossiers/" + ile + "#depot"));
        }
        assertThat(agent.page("/gs/teledossiers/" + ile)).contains("Un document de cette nature ne se dépose pas");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document WHERE origine = 'COMMUNE'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aDepositThatIsNotAPdfIsRefusedWithAFrenchMessage() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        agent.executer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/gs/teledossiers/" + numero + "/depot")
                        .file(new org.springframework.mock.web.MockMultipartFile("fichier", "attestation.pdf", "application/pdf", png))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero + "#depot"));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("doit être un fichier PDF");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void aDepositedPdfIsCheckedByItsStructureAndNothingIsStoredWhenRefused() throws Exception {
        var numero = deposer(Procedure.RCO, DonneesDeTest.NANTERRE, "Camille Martin");
        var refus = java.util.Map.of(
                fr.demarches.document.Fichiers.pdfEnTeteSeul(3_000), "n'est pas un PDF valide",
                fr.demarches.document.Fichiers.pdfAvecJavaScript(), "contient du JavaScript",
                fr.demarches.document.Fichiers.pdfAvecFichierJoint(), "contient des fichiers joints",
                fr.demarches.document.Fichiers.pdfAvecMotDePasse(), "protégé par un mot de passe");
        for (var cas : refus.entrySet()) {
            agent.executer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/gs/teledossiers/" + numero + "/depot")
                            .file(new org.springframework.mock.web.MockMultipartFile("fichier", "attestation.pdf",
                                    "application/pdf", cas.getKey()))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(redirectedUrl("/gs/teledossiers/" + numero + "#depot"));
            assertThat(agent.page("/gs/teledossiers/" + numero)).contains(cas.getValue().replace("'", "&#39;"));
        }
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_DOCUMENT_DEPOSE'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAgentOfAnotherCommuneGetsNotFoundOnEveryUrl() throws Exception {
        var numero = deposer(Procedure.ILE, DonneesDeTest.NANTERRE, "Camille Martin");
        var voisin = new Visiteur(mvc, courriels);
        voisin.connecter("/gs/connexion", "agent.puteaux@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        voisin.get("/gs/teledossiers/" + numero).andExpect(status().isNotFound());
        voisin.get("/gs/teledossiers/" + numero + "/elements").andExpect(status().isNotFound());
        voisin.post("/gs/teledossiers/" + numero + "/etat", "etat", "CLOS", "commentaire", "")
                .andExpect(status().isNotFound());
        voisin.post("/gs/teledossiers/" + numero + "/complements", "message", "Envoyez-moi vos papiers.")
                .andExpect(status().isNotFound());
        assertThat(voisin.page("/gs/teledossiers?q=" + numero)).contains("Aucun télédossier");
        agent.get("/gs/teledossiers/A-1-ZZZZZZZZ").andExpect(status().isNotFound());
        assertThat(donnees.jdbc().sql("SELECT etat FROM teledossier").query(String.class).single()).isEqualTo("TRANSMIS");
    }

    private NumeroTeledossier deposer(Procedure procedure, String commune, String nom) {
        return teledossiers.deposer(new Depot(procedure, acteurs.usager(), DonneesDeTest.USAGER, nom, commune,
                procedure == Procedure.ILE ? Exemples.ile() : Exemples.rco(), UUID.randomUUID()), null);
    }

    private java.util.List<String> etats() {
        return donnees.jdbc().sql("SELECT etat FROM teledossier").query(String.class).list();
    }


    private Teledossiers.Acteur acteur() {
        return new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null);
    }
}
