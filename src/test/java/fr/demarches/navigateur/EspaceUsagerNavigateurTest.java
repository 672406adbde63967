package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.document.Fichiers;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class EspaceUsagerNavigateurTest extends NavigateurTest {

    static final String ADRESSE = "sacha.leroy@exemple.fr";
    static final String MOT_DE_PASSE = "Un-mot-de-passe-solide";

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
    }

    @Test
    void aCitizenSignsUpConfirmsTheAddressSignsInAndUsesTheirSpace() throws Exception {
        ouvrir("/connexion");
        navigateur.findElement(By.linkText("Créer un compte")).click();
        attendreChemin("/inscription");
        navigateur.findElement(By.id("courriel")).sendKeys(ADRESSE);
        navigateur.findElement(By.id("motDePasse")).sendKeys(MOT_DE_PASSE);
        navigateur.findElement(By.id("confirmation")).sendKeys(MOT_DE_PASSE);
        navigateur.findElement(By.cssSelector("label[for=conditions]")).click();
        navigateur.findElement(By.xpath("//button[normalize-space()='Créer mon compte']")).click();
        attendre().until(d -> d.findElement(By.tagName("h1")).getText().equals("Vérifiez votre messagerie"));

        ouvrir(Courriels.lien(Courriels.pour(courriels, ADRESSE, 1)));
        navigateur.findElement(By.id("motDePasse")).sendKeys(MOT_DE_PASSE);
        navigateur.findElement(By.xpath("//button[normalize-space()='Confirmer mon adresse']")).click();
        attendreChemin("/connexion");
        assertThat(navigateur.findElement(By.cssSelector(".fr-alert--success")).getText())
                .contains("Votre adresse électronique est confirmée");
        connecter("/connexion", ADRESSE, MOT_DE_PASSE);
        attendreChemin("/");
        assertThat(erreursConsole()).isEmpty();
        capture("usager-espace-accueil");

        navigateur.findElement(By.linkText("Mes informations")).click();
        attendreChemin("/compte/informations");
        navigateur.findElement(By.id("codePostal")).sendKeys("92000");
        navigateur.findElement(By.xpath("//button[normalize-space()=\"Rechercher les communes de l'adresse\"]")).click();
        attendre().until(d -> !d.findElements(By.id("communeInsee")).isEmpty());
        assertThat(new Select(navigateur.findElement(By.id("communeInsee"))).getFirstSelectedOption().getText())
                .isEqualTo("Nanterre (92)");
        assertThat(navigateur.findElement(By.id("codePostal")).getDomProperty("value")).isEqualTo("92000");
        assertThat(erreursConsole()).isEmpty();
        capture("usager-informations");

        ouvrir("/documents");
        Path fichier = Files.createTempFile("justificatif", ".png");
        Files.write(fichier, Fichiers.png(4_000));
        new Select(navigateur.findElement(By.id("type"))).selectByVisibleText("Justificatif de domicile");
        navigateur.findElement(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        navigateur.findElement(By.xpath("//button[normalize-space()='Ajouter le document']")).click();
        attendre().until(d -> d.findElement(By.id("contenu")).getText().contains("est ajouté à votre espace"));
        assertThat(navigateur.findElement(By.cssSelector(".fr-table")).getText())
                .contains("Justificatif de domicile").contains(fichier.getFileName().toString());
        assertThat(erreursConsole()).isEmpty();
        capture("usager-documents");
        Files.delete(fichier);

        ouvrir("/compte");
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains(ADRESSE);
        assertThat(erreursConsole()).isEmpty();
    }

    @Test
    void anInvalidSignUpShowsTheErrorSummaryWhoseLinksLeadToTheFields() {
        ouvrir("/inscription");
        navigateur.findElement(By.id("courriel")).sendKeys("pas-une-adresse");
        navigateur.findElement(By.xpath("//button[normalize-space()='Créer mon compte']")).click();
        attendre().until(d -> !d.findElements(By.id("resume-erreurs")).isEmpty());
        var resume = navigateur.findElement(By.id("resume-erreurs"));
        assertThat(resume.findElements(By.tagName("a"))).hasSize(3);
        assertThat(navigateur.findElement(By.id("courriel")).getDomProperty("value")).isEqualTo("pas-une-adresse");
        resume.findElement(By.partialLinkText("12 caractères")).click();
        assertThat(navigateur.switchTo().activeElement().getDomAttribute("id")).isEqualTo("motDePasse");
        assertThat(erreursConsole()).isEmpty();
        capture("usager-inscription-erreurs");
    }
}
