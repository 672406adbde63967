package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.PieceJointe;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.BoiteDeReception;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mairie agent's day in a real browser: a citizen's RCO request arrives, the notice reaches the commune's mailbox,
 * the agent signs in (password, then the code from the mail), finds the dossier in the working list, downloads its
 * elements, changes its state with a comment, deposits a PDF for the citizen and closes it.
 */
@TestIntegration
class JourneeAgentNavigateurTest extends NavigateurTest {

    private static final String BOITE_COMMUNE = "elections@mairie-nanterre.exemple.fr";

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Documents documents;

    /**
     * On a 375 px phone the working list needs no sideways scrolling (its rows stack, each cell labelled), and any
     * scrollable region can be reached with the keyboard (axe rule scrollable-region-focusable).
     */
    @Test
    void theWorkingListIsReadableOnAPhone() {
        var acteurs = donnees.acteurs();
        for (String nom : List.of("Léa Petit", "Ana Đurđević", "Maximilien-Alexandre de La Tour d'Auvergne")) {
            teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, nom,
                    DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID()), null);
        }
        connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        navigateur.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            ouvrir("/gs/teledossiers");
            assertThat(navigateur.findElement(By.id("nombre-dossiers")).getText()).isEqualTo("3 télédossiers");
            assertThat((Boolean) navigateur.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
            capture("liste-telephone");
            // Each row a block, each cell a line led by its column's name.
            assertThat(navigateur.executeScript("const td = [...document.querySelectorAll('td.nom-usager')]"
                    + ".find(c => c.textContent.includes('Tour'));"
                    + " return [window.innerWidth, getComputedStyle(td).display, td.textContent,"
                    + " getComputedStyle(td, '::before').content].join('|')"))
                    .isEqualTo("375|block|Maximilien-Alexandre de La Tour d'Auvergne|\"Usager : \"");
            assertThat(navigateur.executeScript("""
                    return [...document.querySelectorAll('*')].filter(e => {
                      const s = getComputedStyle(e);
                      const defile = /(auto|scroll)/.test(s.overflowX + s.overflowY)
                          && (e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight);
                      return defile && e.tabIndex < 0 && !e.querySelector(
                          'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
                    }).map(e => e.tagName + '.' + e.className);""")).asList().isEmpty();
        } finally {
            navigateur.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void fromTheNoticeMailToTheClosedDossier() throws Exception {
        var acteurs = donnees.acteurs();
        byte[] carte = Fichiers.pdf(2_000);
        var piece = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.PIECE_IDENTITE, "carte.pdf",
                new ByteArrayInputStream(carte), carte.length).id();
        String numero = teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER,
                "Éloïse Gérard-Lefèvre", DonneesDeTest.NANTERRE, Exemples.rco(), UUID.randomUUID(),
                List.of(new PieceJointe(piece, TypeDocument.PIECE_IDENTITE))), "192.0.2.10").valeur();
        var courriels = new BoiteDeReception(serveurCourriel, donnees.jdbc());

        // The notice reaches the commune's functional mailbox without personal data; its link leads to the login.
        var avis = courriels.pour(BOITE_COMMUNE, 2);
        assertThat(avis.texte()).contains(numero).doesNotContain("Gérard");
        ouvrir(avis.lien());
        attendreChemin("/gs/connexion");

        connecterSansCode("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        attendreChemin("/gs/verification");
        assertThat(titre()).isEqualTo("Vérification en deux étapes");
        assertThat(contenu()).contains(DonneesDeTest.AGENT);
        capture("verification");
        saisirCode(Courriels.codeDeVerification(serveurCourriel, DonneesDeTest.AGENT), false);
        attendreChemin("/gs");
        assertThat(titre()).isEqualTo("Mairie de Nanterre");

        navigateur.findElement(By.cssSelector("#navigation a[href='/gs/teledossiers']")).click();
        attendreChemin("/gs/teledossiers");
        assertThat(navigateur.findElement(By.id("nombre-dossiers")).getText()).isEqualTo("1 télédossier");
        capture("liste");
        navigateur.findElement(By.linkText(numero)).click();
        attendreChemin("/gs/teledossiers/" + numero);
        assertThat(titre()).isEqualTo("Télédossier " + numero);
        assertThat(contenu()).contains("RCO - Recensement citoyen obligatoire").contains(DonneesDeTest.USAGER);

        Map<String, byte[]> zip = telecharger(numero);
        String prefixe = numero + "-RCO-";
        assertThat(zip).containsOnlyKeys(prefixe + "cerfa.pdf", prefixe + "donnees.xml", prefixe + "piece-identite-1.pdf");
        assertThat(zip.get(prefixe + "piece-identite-1.pdf")).isEqualTo(carte);
        try (var cerfa = Loader.loadPDF(zip.get(prefixe + "cerfa.pdf"))) {
            assertThat(new PDFTextStripper().getText(cerfa)).contains("Gérard-Lefèvre").doesNotContain("null");
        }

        new Select(navigateur.findElement(By.id("etat"))).selectByValue("EN_COURS");
        navigateur.findElement(By.id("commentaire")).sendKeys("Nous vérifions votre pièce d'identité.");
        cliquerBouton("Envoyer");
        attendre().until(d -> d.findElement(By.id("etat-courant")).getText().equals("Dossier en cours de traitement"));
        var etat = courriels.pour(DonneesDeTest.USAGER, 3);
        assertThat(etat.sujet()).contains("Dossier en cours de traitement");
        assertThat(etat.texte()).contains("Nous vérifions votre pièce d'identité.");

        Path attestation = attestation();
        navigateur.findElement(By.id("fichier-depot")).sendKeys(attestation.toString());
        cliquerBouton("Déposer pour l'usager");
        attendre().until(d -> d.findElement(By.id("contenu")).getText().contains("Le document est déposé"));
        assertThat(courriels.pour(DonneesDeTest.USAGER, 4).sujet()).contains("un document de votre mairie est disponible");
        capture("dossier");

        navigateur.findElement(By.cssSelector("#navigation a[href='/gs/teledossiers']")).click();
        attendreChemin("/gs/teledossiers");
        // The box a user sees is drawn by the label over the hidden input: click where it is drawn.
        var choix = navigateur.findElement(By.id("choix-" + numero));
        new Actions(navigateur).moveToElement(choix).click().perform();
        assertThat(choix.isSelected()).isTrue();
        cliquerBouton("Clôturer la sélection");
        attendreChemin("/gs/teledossiers/cloture");
        assertThat(contenu()).contains("Vous allez clôturer ce télédossier").contains(numero);
        cliquerBouton("Confirmer la clôture");
        attendreChemin("/gs/teledossiers");
        assertThat(contenu()).contains("1 télédossier clôturé");
        assertThat(navigateur.findElement(By.id("nombre-dossiers")).getText()).isEqualTo("Aucun télédossier.");
        assertThat(navigateur.findElements(By.linkText(numero))).isEmpty();
        assertThat(courriels.pour(DonneesDeTest.USAGER, 5).sujet()).contains("Dossier clos");
        assertThat(erreursConsole()).isEmpty();
        capture("liste-apres-cloture");
        Files.delete(attestation);
    }

    /** A real one-page PDF, as the attestation de recensement the agent deposits. */
    private static Path attestation() throws IOException {
        Path fichier = Files.createTempFile("attestation-recensement", ".pdf");
        try (var pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(fichier.toFile());
        }
        return fichier.toAbsolutePath();
    }


    private String titre() {
        return navigateur.findElement(By.tagName("h1")).getText();
    }

    private String contenu() {
        return navigateur.findElement(By.id("contenu")).getText();
    }
}
