package fr.demarches.teledossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.TypeCompte;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class AttestationRecensementGsTest {

    private static final String PUTEAUX = "92062";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    ParametresCommune parametres;

    @Autowired
    Raccordements raccordements;

    @Autowired
    Comptes comptes;

    @Autowired
    GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;
    Visiteur agent;

    @BeforeEach
    void acteurs() throws Exception {
        acteurs = donnees.acteurs();
        // Submitted on 3 August 2030 in Paris; the attestation is issued two days later.
        donnees.horloge().fixer(ZonedDateTime.of(2030, 8, 3, 10, 15, 0, 0, Fuseau.PARIS));
        agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));
    }

    @Test
    void theAttestationIsMadeFromTheDossierWithStampAndSignatureAndCannotBeModified() throws Exception {
        enregistrerImages(DonneesDeTest.NANTERRE);
        var numero = deposerRco(DonneesDeTest.NANTERRE);
        donnees.horloge().avancer(Duration.ofDays(2));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Générer l'attestation de recensement")
                .contains("Déposer dans l'espace de l'usager");

        byte[] octets = agent.get("/gs/teledossiers/" + numero + "/attestation").andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("attestation-recensement-" + numero + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(octets)) {
            String texte = new PDFTextStripper().getText(pdf);
            assertThat(texte).contains("ATTESTATION DE RECENSEMENT", "Mairie de Nanterre", "GÉRARD-LEFÈVRE",
                    "Éloïse Marie", "1er août 2010", "30000 Nîmes (30)", "25 bis allée Camille Muffat",
                    "06200 Nice", "a été recensée le 3 août 2030", numero.valeur(), "À conserver", "duplicata",
                    "Fait à Nanterre, le 5 août 2030", "Le maire ou l'agent habilité").doesNotContain("null");
            assertThat(images(pdf)).isEqualTo(2);
            assertThat(pdf.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(pdf.isEncrypted()).isTrue();
            var droits = pdf.getCurrentAccessPermission();
            assertThat(droits.isOwnerPermission()).isFalse();
            assertThat(droits.canModify()).isFalse();
            assertThat(droits.canFillInForm()).isFalse();
            assertThat(droits.canModifyAnnotations()).isFalse();
            assertThat(droits.canPrint()).isTrue();
        }
        assertThat(journal("ATTESTATION_RECENSEMENT_GENEREE")).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void theDepositLandsInTheCitizensDocumentsWithHistoryJournalAndMail() throws Exception {
        enregistrerImages(DonneesDeTest.NANTERRE);
        var numero = deposerRco(DonneesDeTest.NANTERRE);

        agent.post("/gs/teledossiers/" + numero + "/attestation").andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(agent.page("/gs/teledossiers/" + numero))
                .contains("L&#39;attestation de recensement est déposée dans l&#39;espace de l&#39;usager")
                .contains("Document déposé pour l&#39;usager").contains("attestation-recensement-" + numero + ".pdf");

        UUID document = donnees.jdbc().sql("SELECT id FROM document WHERE proprietaire_id = ? AND commune_insee = ? "
                + "AND type = 'ATTESTATION_RECENSEMENT' AND nom_original = ?")
                .params(acteurs.usager(), DonneesDeTest.NANTERRE, "attestation-recensement-" + numero + ".pdf")
                .query(UUID.class).single();
        var usager = new Visiteur(mvc, courriels);
        usager.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        byte[] recu = usager.get("/documents/" + document + "/fichier").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(recu)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("ATTESTATION DE RECENSEMENT", "GÉRARD-LEFÈVRE");
            assertThat(pdf.getCurrentAccessPermission().canModify()).isFalse();
        }
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3).stream()
                .filter(m -> Courriels.sujet(m).equals("RCO - " + numero + " : un document de votre mairie est disponible"))
                .count()).isEqualTo(1);
        assertThat(journal("TELEDOSSIER_DOCUMENT_DEPOSE")).isEqualTo(1);
    }

    /** The page hides the deposit on a closed dossier; a forged post is refused as well (reopening comes first). */
    @Test
    void aClosedDossierGetsNoDepositedAttestation() throws Exception {
        enregistrerImages(DonneesDeTest.NANTERRE);
        var numero = deposerRco(DonneesDeTest.NANTERRE);
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null,
                new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null));

        agent.post("/gs/teledossiers/" + numero + "/attestation")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero + "#attestation"));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("Ce dossier est clos : seul l&#39;administrateur");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
        assertThat(journal("TELEDOSSIER_DOCUMENT_DEPOSE")).isZero();
    }

    @Test
    void withoutTheSignatureTheButtonSaysWhatToUploadAndWhere() throws Exception {
        parametres.deposerImage(DonneesDeTest.NANTERRE, NatureImage.TAMPON, image("jpg"), adminNanterre());
        var numero = deposerRco(DonneesDeTest.NANTERRE);

        String page = agent.page("/gs/teledossiers/" + numero);
        String explication = "Pour générer l&#39;attestation, l&#39;administrateur de la commune doit d&#39;abord "
                + "enregistrer la signature du maire ou de l&#39;agent habilité (image PNG ou JPEG) dans "
                + "« Paramètres de la commune », rubrique « Tampon et signature des attestations ».";
        assertThat(page).contains(explication).contains("disabled aria-describedby=\"attestation-images\"")
                .doesNotContain("Déposer dans l'espace de l'usager")
                .doesNotContain("/gs/administration/parametres#images");
        var admin = new Visiteur(mvc, courriels);
        admin.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        assertThat(admin.page("/gs/teledossiers/" + numero)).contains("/gs/administration/parametres#images");

        agent.get("/gs/teledossiers/" + numero + "/attestation").andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("role=\"alert\"").contains(explication);
        agent.post("/gs/teledossiers/" + numero + "/attestation")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero + "#attestation"));
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void aDossierNotReceivableOrPastTheDelayGetsNoAttestation() throws Exception {
        enregistrerImages(DonneesDeTest.NANTERRE);
        var refuse = deposerRco(DonneesDeTest.NANTERRE);
        teledossiers.changerEtat(refuse, DonneesDeTest.NANTERRE, EtatTeledossier.NON_RECEVABLE, null,
                new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null));
        agent.get("/gs/teledossiers/" + refuse + "/attestation").andExpect(redirectedUrl("/gs/teledossiers/" + refuse));
        assertThat(agent.page("/gs/teledossiers/" + refuse)).contains("Ce dossier est non recevable");

        var ancien = deposerRco(DonneesDeTest.NANTERRE);
        donnees.horloge().avancer(Duration.ofDays(31));
        assertThat(agent.page("/gs/teledossiers/" + ancien)).contains("Les données du dossier ne sont plus disponibles")
                .doesNotContain("Déposer dans l'espace de l'usager");
        agent.post("/gs/teledossiers/" + ancien + "/attestation")
                .andExpect(redirectedUrl("/gs/teledossiers/" + ancien + "#attestation"));
        assertThat(agent.page("/gs/teledossiers/" + ancien)).contains("délai de 30 jours dépassé");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void aStoredImageThatCannotBeReadIsExplainedInsteadOfFailing() throws Exception {
        // The settings decode an image before storing it; one damaged later (or stored before that check) is written here.
        byte[] abimee = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        donnees.jdbc().sql("INSERT INTO commune_image (code_insee, nature, type_mime, contenu, modifiee_le) "
                + "VALUES (?, 'SIGNATURE', 'image/png', ?, now())").params(DonneesDeTest.NANTERRE, abimee).update();
        parametres.deposerImage(DonneesDeTest.NANTERRE, NatureImage.TAMPON, image("jpg"), adminNanterre());
        var numero = deposerRco(DonneesDeTest.NANTERRE);
        agent.get("/gs/teledossiers/" + numero + "/attestation").andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(agent.page("/gs/teledossiers/" + numero))
                .contains("Le tampon ou la signature enregistrés ne peuvent pas être lus comme des images");
    }

    @Test
    void onlyTheRcoDossiersOfTheAgentsCommuneHaveAnAttestation() throws Exception {
        raccordements.raccorder(PUTEAUX, ModeRaccordement.COURRIEL, "elections@puteaux.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusMonths(1));
        comptes.creerCompteMairie(TypeCompte.AGENT_COMMUNE, "agent.puteaux@exemple.fr", DonneesDeTest.MOT_DE_PASSE,
                "Petit", "Léa", PUTEAUX);
        enregistrerImages(DonneesDeTest.NANTERRE);
        enregistrerImages(PUTEAUX);
        var rco = deposerRco(DonneesDeTest.NANTERRE);
        var ile = teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID()), null);

        var voisin = new Visiteur(mvc, courriels);
        voisin.connecter("/gs/connexion", "agent.puteaux@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        voisin.get("/gs/teledossiers/" + rco + "/attestation").andExpect(status().isNotFound());
        voisin.post("/gs/teledossiers/" + rco + "/attestation").andExpect(status().isNotFound());
        agent.get("/gs/teledossiers/" + ile + "/attestation").andExpect(status().isNotFound());
        agent.post("/gs/teledossiers/" + ile + "/attestation").andExpect(status().isNotFound());
        agent.get("/gs/teledossiers/A-1-ZZZZZZZZ/attestation").andExpect(status().isNotFound());
        assertThat(agent.page("/gs/teledossiers/" + ile)).doesNotContain("Générer l'attestation");

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document").query(Long.class).single()).isZero();
        assertThat(journal("ATTESTATION_RECENSEMENT_GENEREE")).isZero();
    }

    /** Born on 1 August 2010: the date prints with its accent and the French "1er". */
    private NumeroTeledossier deposerRco(String commune) {
        var e = Exemples.rco();
        var donneesRco = new DonneesRco(e.sexe(), e.nomFamille(), e.nomUsage(), e.prenoms(), LocalDate.of(2010, 8, 1),
                e.lieuNaissance(), e.nationalite(), e.autreNationalite(), e.domicile(), e.residence(),
                e.situationMatrimoniale(), e.nombreEnfants(), e.pupille(), e.nombreFreresSoeurs(), e.pere(), e.mere(),
                e.courriel(), e.telephone(), null, null, null);
        return teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER,
                "Éloïse Gérard-Lefèvre", commune, donneesRco, UUID.randomUUID()), null);
    }

    /** A real PNG signature (with transparency) and a real JPEG stamp, as a commune would scan them. */
    private void enregistrerImages(String commune) throws IOException {
        parametres.deposerImage(commune, NatureImage.SIGNATURE, image("png"), adminNanterre());
        parametres.deposerImage(commune, NatureImage.TAMPON, image("jpg"), adminNanterre());
    }

    private static byte[] image(String format) throws IOException {
        boolean png = format.equals("png");
        var image = new BufferedImage(300, 150, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var dessin = image.createGraphics();
        if (!png) {
            dessin.setColor(Color.WHITE);
            dessin.fillRect(0, 0, 300, 150);
        }
        dessin.setColor(new Color(0, 0, 145));
        dessin.drawOval(20, 10, 260, 130);
        dessin.drawLine(30, 120, 270, 30);
        dessin.dispose();
        var sortie = new ByteArrayOutputStream();
        ImageIO.write(image, format, sortie);
        return sortie.toByteArray();
    }

    private Acteur adminNanterre() {
        return new Acteur("MAIRIE", acteurs.adminCommune(), DonneesDeTest.ADMIN_COMMUNE, null);
    }

    private static int images(PDDocument pdf) throws IOException {
        int n = 0;
        for (var page : pdf.getPages()) {
            for (var nom : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(nom) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
