package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole conversation in a real browser: the agent asks for a new proof of address, the citizen gets the mail and
 * answers from the dashboard with a new piece and a message, the agent reads it in the thread and downloads the ZIP
 * with both versions, closes with "inscription acceptée", and the citizen sees the outcome. The dossier page and the
 * dashboard are checked on a phone (375 px): no sideways scrolling, no serious axe-core problem.
 */
@TestIntegration
class ConversationNavigateurTest extends NavigateurTest {

    private static final Dimension TELEPHONE = new Dimension(375, 812);

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Documents documents;

    @Test
    void fromTheRequestForAProofOfAddressToTheAcceptedRegistration() throws Exception {
        var acteurs = donnees.acteurs();
        byte[] carte = Fichiers.pdf(1_500);
        byte[] ancienne = Fichiers.pdf(1_600);
        var idCarte = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), TypeDocument.PIECE_IDENTITE,
                "carte.pdf", new ByteArrayInputStream(carte), carte.length).id();
        var idFacture = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()),
                TypeDocument.JUSTIFICATIF_DOMICILE, "facture-2025.pdf", new ByteArrayInputStream(ancienne),
                ancienne.length).id();
        String numero = teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER,
                "Mikołaj Łukasiewicz", DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(),
                List.of(new PieceJointe(idCarte, TypeDocument.PIECE_IDENTITE),
                        new PieceJointe(idFacture, TypeDocument.JUSTIFICATIF_DOMICILE))), "192.0.2.10").valeur();
        var courriels = new BoiteDeReception(serveurCourriel, donnees.jdbc());
        courriels.attendre(2);

        // The agent reads who the citizen is and asks for a recent proof of address.
        connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        attendreChemin("/gs");
        ouvrir("/gs/teledossiers/" + numero);
        assertThat(navigateur.findElement(By.id("identite-usager")).getText()).contains("Łukasiewicz");
        assertThat(navigateur.findElement(By.id("naissance-usager")).getText()).startsWith("14/07/1990");
        cocher("piece-JUSTIFICATIF_DOMICILE");
        navigateur.findElement(By.id("message-complements"))
                .sendKeys("Votre facture date de plus de 3 mois : déposez un justificatif plus récent.");
        int avantDemande = serveurCourriel.getReceivedMessages().length;
        cliquerBouton("Envoyer la demande à l'usager");
        attendre().until(d -> d.findElement(By.id("etat-courant")).getText()
                .equals("En attente d'éléments complémentaires"));

        // The citizen's mail says what is asked and leads to the answer page.
        var demande = courriels.pour(DonneesDeTest.USAGER, avantDemande + 1);
        assertThat(demande.texte()).contains("Pièces à fournir : Justificatif de domicile")
                .contains("déposez un justificatif plus récent");
        navigateur.manage().deleteAllCookies();
        var taille = navigateur.manage().window().getSize();
        Path nouvelle = Files.createTempFile("facture-mars", ".pdf");
        byte[] mars = Fichiers.pdf(1_700);
        Files.write(nouvelle, mars);
        try {
            navigateur.manage().window().setSize(TELEPHONE);
            connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
            ouvrir("/tableau-de-bord");
            assertThat(navigateur.findElement(By.id("attente-" + numero)).getText())
                    .contains("Votre mairie attend des éléments complémentaires").contains("Justificatif de domicile");
            assertThat(sansDefilementHorizontal()).isTrue();
            assertThat(problemesAxe()).as("axe, tableau de bord à 375 px").isEmpty();
            capture("tableau-de-bord-attente");
            navigateur.findElement(By.id("repondre-" + numero)).click();
            attendreChemin("/demarches/complements/" + numero);
            navigateur.findElement(By.id("fichierDomicile")).sendKeys(nouvelle.toAbsolutePath().toString());
            navigateur.findElement(By.id("message")).sendKeys("Voici ma facture de mars.");
            assertThat(problemesAxe()).as("axe, page de réponse à 375 px").isEmpty();
            cliquerBouton("Envoyer ma réponse");
            attendreChemin("/tableau-de-bord");
            assertThat(navigateur.findElement(By.id("succes")).getText()).contains("Votre réponse est envoyée");
            // A DSFR badge is drawn in capitals.
            assertThat(navigateur.findElement(By.id("etat-" + numero)).getText())
                    .isEqualToIgnoringCase("Dossier reçu par le service traitant");
        } finally {
            navigateur.manage().window().setSize(taille);
            Files.delete(nouvelle);
        }

        // The agent sees the answer in the thread and downloads both versions of the proof of address.
        navigateur.manage().deleteAllCookies();
        connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        attendreChemin("/gs");
        assertThat(navigateur.findElement(By.id("compteurs")).getText()).contains("Réponses de l'usager à examiner\n1");
        ouvrir("/gs/teledossiers/" + numero);
        assertThat(navigateur.findElement(By.id("reponse-a-lire")).isDisplayed()).isTrue();
        String fil = navigateur.findElement(By.cssSelector(".fil-echanges")).getText();
        assertThat(fil).contains("Votre facture date de plus de 3 mois").contains("Voici ma facture de mars.")
                .contains("Justificatif de domicile, version 2");
        assertThat(fil.indexOf("Votre facture date")).isLessThan(fil.indexOf("Voici ma facture"));
        var zip = telecharger(numero);
        String prefixe = numero + "-ILE-";
        assertThat(zip).containsKeys(prefixe + "justificatif-domicile-1.pdf", prefixe + "justificatif-domicile-2.pdf");
        assertThat(zip.get(prefixe + "justificatif-domicile-1.pdf")).isEqualTo(ancienne);
        assertThat(zip.get(prefixe + "justificatif-domicile-2.pdf")).isEqualTo(mars);

        // On a phone the dossier page stays readable: no sideways scrolling, no serious axe-core problem.
        try {
            navigateur.manage().window().setSize(TELEPHONE);
            ouvrir("/gs/teledossiers/" + numero);
            assertThat(sansDefilementHorizontal()).isTrue();
            assertThat(problemesAxe()).as("axe, page du dossier à 375 px").isEmpty();
            capture("dossier-telephone");
        } finally {
            navigateur.manage().window().setSize(taille);
        }

        // Closing from the dossier page asks for the outcome and a confirmation.
        cliquerBouton("Clôturer le dossier…");
        attendreChemin("/gs/teledossiers/cloture");
        cocher("issue-acceptee");
        int avantCloture = serveurCourriel.getReceivedMessages().length;
        cliquerBouton("Confirmer la clôture");
        attendreChemin("/gs/teledossiers/" + numero);
        assertThat(navigateur.findElement(By.id("issue")).getText()).isEqualTo("Inscription acceptée");
        assertThat(navigateur.findElements(By.id("fichier-depot"))).isEmpty();
        assertThat(courriels.pour(DonneesDeTest.USAGER, avantCloture + 1).sujet())
                .endsWith("Dossier clos - Inscription acceptée");

        navigateur.manage().deleteAllCookies();
        connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        ouvrir("/tableau-de-bord");
        assertThat(navigateur.findElement(By.id("etat-" + numero)).getText())
                .isEqualToIgnoringCase("Dossier clos : inscription acceptée");
        assertThat(navigateur.findElement(By.id("issue-" + numero)).getText())
                .contains("Votre mairie a accepté votre inscription");
        assertThat(erreursConsole()).isEmpty();
        capture("tableau-de-bord-issue");
    }

    /** DSFR draws the box over the hidden input: click where it is drawn, on its label. */
    private void cocher(String id) {
        var label = navigateur.findElement(By.cssSelector("label[for='" + id + "']"));
        new Actions(navigateur).moveToElement(label).click().perform();
        assertThat(navigateur.findElement(By.id(id)).isSelected()).isTrue();
    }
}
