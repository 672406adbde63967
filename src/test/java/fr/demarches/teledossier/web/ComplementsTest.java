package fr.demarches.teledossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import fr.demarches.commune.Procedure;
import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.PieceJointe;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.teledossier.internal.PurgeElements;
import fr.demarches.test.BoiteDeReception;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The dossier conversation over HTTP: the mairie asks for complements, the citizen answers from the dashboard with
 * a new piece, the agent reads it in the thread and downloads both versions, then closes with an outcome.
 */
@TestIntegration
class ComplementsTest {

    private static final String BOITE_COMMUNE = "elections@mairie-nanterre.exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Documents documents;

    @Autowired
    PurgeElements purge;

    @Autowired
    fr.demarches.compte.Comptes comptes;

    @Autowired
    com.icegreen.greenmail.util.GreenMail serveurCourriel;

    DonneesDeTest.Acteurs acteurs;
    Visiteur agent;
    Visiteur usager;
    BoiteDeReception courriels;

    @BeforeEach
    void acteurs() throws Exception {
        acteurs = donnees.acteurs();
        courriels = new BoiteDeReception(serveurCourriel, donnees.jdbc());
        agent = new Visiteur(mvc, serveurCourriel);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        usager = new Visiteur(mvc);
        usager.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @AfterEach
    void horloge() {
        donnees.horloge().reinitialiser();
    }

    @Test
    void theMairieAsksTheCitizenAnswersAndTheAgentGetsBothVersions() throws Exception {
        var numero = deposerIle();
        // 2 mails so far: the citizen's acknowledgement and the commune's notice (plus the agent's login code).
        agent.post("/gs/teledossiers/" + numero + "/complements", "message", "Votre facture date de plus de 3 mois.",
                        "pieces", "JUSTIFICATIF_DOMICILE", "donnees", "ADRESSE")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(etat(numero)).isEqualTo("ATTENTE_ELEMENTS");

        var demande = courriels.pour(DonneesDeTest.USAGER, 3);
        assertThat(demande.sujet()).endsWith("En attente d'éléments complémentaires");
        assertThat(demande.texte()).contains("Votre facture date de plus de 3 mois.")
                .contains("Pièces à fournir : Justificatif de domicile").contains("Informations à corriger : Adresse")
                .contains("/demarches/complements/" + numero);
        String tableau = usager.page("/tableau-de-bord");
        assertThat(tableau).contains("Votre mairie attend des éléments complémentaires")
                .contains("href=\"/demarches/complements/" + numero + "\"").contains("Pièce à fournir : Justificatif de domicile");

        // The requested piece and correction are required; the message is kept.
        String refus = usager.executer(MockMvcRequestBuilders.multipart("/demarches/complements/" + numero)
                        .param("message", "Voici.").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refus).contains("Choisissez le document « Justificatif de domicile »")
                .contains("Saisissez la correction demandée : Adresse.").contains("Voici.");
        assertThat(etat(numero)).isEqualTo("ATTENTE_ELEMENTS");

        byte[] facture = Fichiers.pdf(1_800);
        usager.executer(MockMvcRequestBuilders.multipart("/demarches/complements/" + numero)
                        .file(new MockMultipartFile("fichierDomicile", "facture-mars.pdf", "application/pdf", facture))
                        .param("message", "<script>alert(1)</script> Ma nouvelle facture.")
                        .param("corrections[ADRESSE]", "12 rue des Lilas, 92000 Nanterre")
                        .with(csrf()))
                .andExpect(redirectedUrl("/tableau-de-bord#dossier-" + numero));
        assertThat(etat(numero)).isEqualTo("RECU");

        // The commune's mailbox: the number and the procedure, no personal data.
        var avis = courriels.pour(BOITE_COMMUNE, 4);
        assertThat(avis.sujet()).isEqualTo("ILE - " + numero + " : éléments complémentaires reçus");
        assertThat(avis.texte()).contains(numero.valeur()).doesNotContain("Martin").doesNotContain("Lilas")
                .doesNotContain("facture");

        String page = agent.page("/gs/teledossiers/" + numero);
        assertThat(page).contains("L'usager a répondu à votre demande de compléments")
                .contains("Votre facture date de plus de 3 mois.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Ma nouvelle facture.").doesNotContain("<script>alert(1)")
                .contains("12 rue des Lilas, 92000 Nanterre")
                .contains("Justificatif de domicile, version 2 : facture-mars.pdf")
                .contains("Justificatif de domicile, version 1 : facture.pdf");
        assertThat(page.indexOf("Votre facture date de plus")).isLessThan(page.indexOf("Ma nouvelle facture"));
        assertThat(usager.page("/tableau-de-bord")).contains("Échanges avec votre mairie")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("Votre mairie attend des éléments");

        var entrees = zip(numero);
        String prefixe = numero + "-ILE-";
        assertThat(entrees).containsKeys(prefixe + "justificatif-domicile-1.pdf", prefixe + "justificatif-domicile-2.pdf",
                prefixe + "piece-identite-1.pdf");
        assertThat(entrees.get(prefixe + "justificatif-domicile-2.pdf")).isEqualTo(facture);
        String xml = new String(entrees.get(prefixe + "donnees.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<Piece type=\"JUSTIFICATIF_DOMICILE\" version=\"1\" origine=\"DEPOT\"/>")
                .contains("<Piece type=\"JUSTIFICATIF_DOMICILE\" version=\"2\" origine=\"COMPLEMENT\"/>")
                .contains("<Echange auteur=\"MAIRIE\"").contains("<PieceDemandee>JUSTIFICATIF_DOMICILE</PieceDemandee>")
                .contains("<Correction donnee=\"ADRESSE\">12 rue des Lilas, 92000 Nanterre</Correction>");
        valider("xsd/inscription-listes-electorales.xsd", entrees.get(prefixe + "donnees.xml"));
        String cerfa = texte(entrees.get(prefixe + "cerfa.pdf"));
        assertThat(cerfa).contains("Éléments complémentaires").contains("Ma nouvelle facture")
                .contains("version 2, envoyée en complément");

        // The agent's next action: the answer is no longer "to read".
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.EN_COURS, null, acteur());
        assertThat(agent.page("/gs/teledossiers/" + numero)).doesNotContain("L'usager a répondu");
    }

    @Test
    void onlyTheOwnerAnswersAndOnlyWhileTheMairieWaits() throws Exception {
        var numero = deposerIle();
        // Nothing asked yet: the answer page sends back to the dashboard, nothing is recorded.
        usager.get("/demarches/complements/" + numero).andExpect(redirectedUrl("/tableau-de-bord#dossier-" + numero));
        usager.post("/demarches/complements/" + numero, "message", "Bonjour")
                .andExpect(redirectedUrl("/tableau-de-bord#dossier-" + numero));
        assertThat(historique(numero)).containsExactly("ETAT");

        // The flux retour's ADD_AWAITING (or the state form) asks with a message only: the citizen may answer.
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.ATTENTE_ELEMENTS,
                "Il manque la page 2 de votre avis d'imposition.", acteur());
        assertThat(usager.page("/tableau-de-bord")).contains("Il manque la page 2 de votre avis d&#39;imposition.")
                .contains("Répondre à ma mairie");

        // Another citizen: as for an unknown number.
        comptes.creerUsager("intrus@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        var intrus = new Visiteur(mvc);
        intrus.connecter("/connexion", "intrus@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        intrus.get("/demarches/complements/" + numero).andExpect(status().isNotFound());
        intrus.post("/demarches/complements/" + numero, "message", "Je réponds à sa place")
                .andExpect(status().isNotFound());
        assertThat(etat(numero)).isEqualTo("ATTENTE_ELEMENTS");

        // An empty answer is refused; a too long message too.
        assertThat(usager.post("/demarches/complements/" + numero).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Joignez au moins une pièce, une correction ou un message");
        assertThat(usager.post("/demarches/complements/" + numero, "message", "x".repeat(2_001)).andReturn()
                .getResponse().getContentAsString()).contains("Le message ne doit pas dépasser 2 000 caractères.");
        usager.post("/demarches/complements/" + numero, "message", "La page 2 est dans mes documents.")
                .andExpect(redirectedUrl("/tableau-de-bord#dossier-" + numero));
        assertThat(etat(numero)).isEqualTo("RECU");
        assertThat(historique(numero)).containsExactly("ETAT", "DEMANDE_COMPLEMENTS", "COMPLEMENT");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_COMPLEMENT'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aComplementRestartsTheRetentionDelayFromItsArrival() throws Exception {
        donnees.horloge().fixer(java.time.ZonedDateTime.now(fr.demarches.shared.Fuseau.PARIS));
        var numero = deposerIle();
        donnees.horloge().avancer(Duration.ofDays(25));
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.ATTENTE_ELEMENTS, "Pièce illisible.",
                acteur());
        donnees.horloge().avancer(Duration.ofDays(2));
        usager.post("/demarches/complements/" + numero, "message", "Je renvoie la pièce.")
                .andExpect(redirectedUrl("/tableau-de-bord#dossier-" + numero));

        // Day 31 after the submission, 4 days after the complement: still there, 26 days left.
        donnees.horloge().avancer(Duration.ofDays(4));
        assertThat(purge.purger()).isZero();
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Disponibles encore 26 jours");
        assertThat(agent.page("/gs/teledossiers")).contains(">26<");
        // 30 days after the complement: gone.
        donnees.horloge().avancer(Duration.ofDays(26));
        assertThat(purge.purger()).isEqualTo(1);
    }

    @Test
    void closingAsksForTheOutcomeAndARefusalTellsTheReasonAndTheRecourse() throws Exception {
        var numero = deposerIle();
        String confirmation = agent.post("/gs/teledossiers/cloture", "numeros", numero.valeur(), "depuisDossier", "true")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Vous allez clôturer ce télédossier").contains("Inscription acceptée")
                .contains("Inscription refusée").doesNotContain("Recensement effectué");
        // No outcome, or a refusal without its reason: explained beside the field, nothing closed.
        assertThat(agent.post("/gs/teledossiers/cloture", "numeros", numero.valeur(), "confirme", "true")
                .andReturn().getResponse().getContentAsString()).contains("fr-fieldset--error")
                .contains("<p class=\"fr-message fr-message--error\">Choisissez l&#39;issue");
        assertThat(agent.post("/gs/teledossiers/cloture", "numeros", numero.valeur(), "confirme", "true",
                "issue", "INSCRIPTION_REFUSEE").andReturn().getResponse().getContentAsString())
                .contains("<p id=\"motif-erreur\" class=\"fr-error-text\">Indiquez le motif du refus");
        assertThat(etat(numero)).isEqualTo("TRANSMIS");

        agent.post("/gs/teledossiers/cloture", "numeros", numero.valeur(), "confirme", "true", "depuisDossier", "true",
                        "issue", "INSCRIPTION_REFUSEE", "motif", "Vous n'avez pas d'attache avec la commune.")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(etat(numero)).isEqualTo("CLOS");
        var mail = courriels.pour(DonneesDeTest.USAGER, 3);
        assertThat(mail.sujet()).endsWith("Dossier clos - Inscription refusée");
        assertThat(mail.texte()).contains("Motif du refus :").contains("Vous n'avez pas d'attache avec la commune.")
                .contains("commission de contrôle").contains("article L18").contains("tribunal judiciaire")
                .contains("article L20").contains("5 jours").contains("7 jours");
        assertThat(usager.page("/tableau-de-bord")).contains("Dossier clos : inscription refusée")
                .contains("Motif : Vous n&#39;avez pas d&#39;attache avec la commune.").contains("article L20");
        String page = agent.page("/gs/teledossiers/" + numero);
        assertThat(page).contains("Inscription refusée").doesNotContain("id=\"fichier-depot\"")
                .doesNotContain("Demander des compléments");
        agent.executer(MockMvcRequestBuilders.multipart("/gs/teledossiers/" + numero + "/depot")
                        .file(new MockMultipartFile("fichier", "lettre.pdf", "application/pdf", Fichiers.pdf(900)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero + "#depot"));
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document WHERE origine = 'COMMUNE'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void waitingForComplementsThroughTheStateListNeedsTheElementsStillKept() throws Exception {
        var numero = deposerIle();
        donnees.horloge().avancer(Duration.ofDays(31));
        assertThat(purge.purger()).isEqualTo(1);

        assertThat(agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "ATTENTE_ELEMENTS", "commentaire",
                "Il manque la facture.").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Les éléments de ce dossier sont supprimés");
        assertThat(etat(numero)).isEqualTo("TRANSMIS");
        assertThat(usager.page("/tableau-de-bord")).doesNotContain("Répondre à ma mairie");
    }

    @Test
    void aStateChosenOnAPageShownBeforeTheCitizensAnswerIsNotApplied() throws Exception {
        var numero = deposerIle();
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.ATTENTE_ELEMENTS, "La facture ?",
                acteur());
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("name=\"etatVu\" value=\"ATTENTE_ELEMENTS\"");
        // The citizen answers while the agent's page still shows "waiting"; the agent then sends a reminder from it.
        usager.post("/demarches/complements/" + numero, "message", "La voici.");

        String page = agent.post("/gs/teledossiers/" + numero + "/etat", "etatVu", "ATTENTE_ELEMENTS", "etat",
                "ATTENTE_ELEMENTS", "commentaire", "Toujours rien ?").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Le dossier a changé depuis l&#39;affichage de la page : il est maintenant « ");
        assertThat(etat(numero)).isEqualTo("RECU");
        assertThat(compteur(agent.page("/gs"), "Réponses de l&#39;usager à examiner")).isEqualTo(1);
    }

    @Test
    void aStateChosenOnAPageWhoseOwnDownloadMarkedTheDossierReceivedIsApplied() throws Exception {
        donnees.jdbc().sql("UPDATE raccordement SET recu_au_premier_telechargement = true WHERE code_insee = ?")
                .param(DonneesDeTest.NANTERRE).update();
        var numero = deposerIle();
        zip(numero);
        assertThat(etat(numero)).isEqualTo("RECU");

        agent.post("/gs/teledossiers/" + numero + "/etat", "etatVu", "TRANSMIS", "etat", "EN_COURS")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(etat(numero)).isEqualTo("EN_COURS");
    }

    @Test
    void aCensusDossierFoundNonReceivableClosesAsNotDone() throws Exception {
        var rco = teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER, "Noah Bernard",
                DonneesDeTest.NANTERRE, Exemples.rco(), UUID.randomUUID(), List.of()), null);
        teledossiers.changerEtat(rco, DonneesDeTest.NANTERRE, EtatTeledossier.NON_RECEVABLE,
                "Le jeune n'habite pas la commune.", acteur());
        // Not recorded: no census attestation either, offered or uploaded.
        assertThat(agent.post("/gs/teledossiers/cloture", "numeros", rco.valeur(), "depuisDossier", "true")
                .andReturn().getResponse().getContentAsString()).doesNotContain("Établir l’attestation de recensement");
        agent.executer(MockMvcRequestBuilders.multipart("/gs/teledossiers/" + rco + "/depot")
                        .file(new MockMultipartFile("fichier", "attestation.pdf", "application/pdf", Fichiers.pdf(900)))
                        .param("type", "ATTESTATION_RECENSEMENT").with(csrf()))
                .andExpect(redirectedUrl("/gs/teledossiers/" + rco + "#depot"));

        agent.post("/gs/teledossiers/cloture", "numeros", rco.valeur(), "confirme", "true", "depuisDossier", "true")
                .andExpect(redirectedUrl("/gs/teledossiers/" + rco));

        assertThat(donnees.jdbc().sql("SELECT issue FROM teledossier WHERE numero = ?").param(rco.valeur())
                .query(String.class).single()).isEqualTo("RECENSEMENT_NON_EFFECTUE");
        assertThat(courriels.pour(DonneesDeTest.USAGER, 3).sujet()).endsWith("Dossier clos - Recensement non effectué");
        assertThat(usager.page("/tableau-de-bord")).contains("Dossier clos : recensement non effectué")
                .contains("Votre mairie n'a pas pu effectuer le recensement").doesNotContain("Votre recensement est effectué");
    }

    @Test
    void theDossierPageShowsWhoTheCitizenIsAndTheHomeCountsTheAgentsDay() throws Exception {
        var ile = deposerIle();
        var rco = teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER, "Noah Bernard",
                DonneesDeTest.NANTERRE, Exemples.rco(), UUID.randomUUID(), List.of()), null);
        var attente = deposerIle();
        teledossiers.changerEtat(attente, DonneesDeTest.NANTERRE, EtatTeledossier.ATTENTE_ELEMENTS, "Pièce ?",
                acteur());
        var repondu = deposerIle();
        teledossiers.changerEtat(repondu, DonneesDeTest.NANTERRE, EtatTeledossier.ATTENTE_ELEMENTS, "Pièce ?",
                acteur());
        usager.post("/demarches/complements/" + repondu, "message", "La voici.");

        var identite = Exemples.ile();
        String page = agent.page("/gs/teledossiers/" + ile);
        assertThat(page).contains("id=\"identite-usager\"").contains(identite.nomNaissance())
                .contains(identite.dateNaissance().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains(identite.adresse().localite())
                // ILE: no attestation de recensement offered, one "Historique" heading.
                .doesNotContain("Attestation de recensement").doesNotContain("jour(s)");
        assertThat(page.split(">Historique<", -1)).hasSize(2);
        assertThat(agent.page("/gs/teledossiers/" + rco)).contains("Attestation de recensement");

        String accueil = agent.page("/gs");
        assertThat(compteur(accueil, "Télédossiers à traiter")).isEqualTo(2);
        assertThat(compteur(accueil, "En attente de l&#39;usager")).isEqualTo(1);
        assertThat(compteur(accueil, "Réponses de l&#39;usager à examiner")).isEqualTo(1);
        assertThat(compteur(accueil, "Éléments supprimés dans 5 jours ou moins")).isZero();
        assertThat(compteur(accueil, "Procurations à décider")).isZero();
        donnees.horloge().avancer(Duration.ofDays(26));
        assertThat(compteur(agent.page("/gs"), "Éléments supprimés dans 5 jours ou moins")).isEqualTo(4);
    }

    private static long compteur(String page, String libelle) {
        var trouve = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(libelle)
                + "</a></h3>\\s*<p[^>]*>(\\d+)</p>").matcher(page);
        assertThat(trouve.find()).as(libelle).isTrue();
        return Long.parseLong(trouve.group(1));
    }

    private NumeroTeledossier deposerIle() {
        byte[] carte = Fichiers.pdf(1_200);
        byte[] facture = Fichiers.pdf(1_300);
        var idCarte = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.PIECE_IDENTITE,
                "carte.pdf", new ByteArrayInputStream(carte), carte.length).id();
        var idFacture = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()),
                TypeDocument.JUSTIFICATIF_DOMICILE, "facture.pdf", new ByteArrayInputStream(facture), facture.length).id();
        return teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(),
                List.of(new PieceJointe(idCarte, TypeDocument.PIECE_IDENTITE),
                        new PieceJointe(idFacture, TypeDocument.JUSTIFICATIF_DOMICILE))), null);
    }

    private Map<String, byte[]> zip(NumeroTeledossier numero) throws Exception {
        var demarre = agent.get("/gs/teledossiers/" + numero + "/elements").andReturn();
        var reponse = mvc.perform(MockMvcRequestBuilders.asyncDispatch(demarre)).andExpect(status().isOk()).andReturn();
        var entrees = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(reponse.getResponse().getContentAsByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entrees.put(e.getName(), zip.readAllBytes());
            }
        }
        return entrees;
    }

    private static void valider(String schema, byte[] xml) throws Exception {
        var fabrique = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var ressource = new ClassPathResource(schema);
        var source = new StreamSource(ressource.getInputStream(), ressource.getURL().toString());
        fabrique.newSchema(source).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static String texte(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private String etat(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT etat FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(String.class).single();
    }

    private List<String> historique(NumeroTeledossier numero) {
        return donnees.jdbc().sql("""
                SELECT h.type FROM teledossier_historique h JOIN teledossier t ON t.id = h.teledossier_id
                WHERE t.numero = ? ORDER BY h.horodatage, h.id""").param(numero.valeur()).query(String.class).list();
    }

    private Teledossiers.Acteur acteur() {
        return new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, "192.0.2.1");
    }
}
