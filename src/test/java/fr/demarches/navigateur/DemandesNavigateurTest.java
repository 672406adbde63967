package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fr.demarches.document.Fichiers;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** An ILE and an RCO request filled in a real browser, step by step, with the pieces uploaded on the way. */
@TestIntegration
class DemandesNavigateurTest extends NavigateurTest {

    @Autowired
    DonneesDeTest donnees;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
    }

    @Test
    void aCitizenSubmitsAnIleRequestFromTheHomePageAndFollowsItOnTheDashboard() throws Exception {
        connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        attendreChemin("/");
        navigateur.findElement(By.linkText("Inscription sur les listes électorales")).click();
        attendreChemin("/demarches/ile/situation");
        assertThat(navigateur.findElement(By.cssSelector(".fr-stepper__state")).getText()).isEqualTo("Étape 1 sur 6");
        choisir("nationalite");
        continuer("/demarches/ile/identite");

        choisir("sexe");
        saisir("nomNaissance", "Martin");
        saisir("prenoms", "Camille");
        saisir("dateNaissance", "14/07/1990");
        choisir("lieuNaissance");
        saisir("codePostalNaissance", "92000");
        cliquer("Rechercher les communes de naissance");
        attendre().until(d -> !d.findElements(By.name("naissanceCommuneInsee")).isEmpty());
        continuer("/demarches/ile/adresse");

        saisir("adresse", "7 rue des Tilleuls");
        saisir("codePostal", "92000");
        cliquer("Rechercher les communes");
        attendre().until(d -> !d.findElements(By.name("communeInsee")).isEmpty());
        choisir("attache");
        continuer("/demarches/ile/commune");

        saisir("codePostalInscription", "92000");
        cliquer("Rechercher les communes");
        attendre().until(d -> !d.findElements(By.name("communeInscription")).isEmpty());
        continuer("/demarches/ile/pieces");

        Path carte = fichier("carte", ".pdf", Fichiers.pdf(3_000));
        Path facture = fichier("facture", ".png", Fichiers.png(3_000));
        navigateur.findElement(By.id("pieceIdentite")).sendKeys(carte.toString());
        navigateur.findElement(By.id("pieceAttache")).sendKeys(facture.toString());
        continuer("/demarches/ile/recapitulatif");
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains("Martin").contains("Nanterre (92)")
                .contains(carte.getFileName().toString()).contains(facture.getFileName().toString());
        capture("ile-recapitulatif");

        envoyer();
        String numero = navigateur.findElement(By.cssSelector(".fr-alert__title")).getText().replace("Numéro de votre demande : ", "");
        assertThat(numero).matches("A-\\d-[A-Z0-9]{8}");
        navigateur.findElement(By.linkText("Suivre mes démarches")).click();
        attendreChemin("/tableau-de-bord");
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains(numero)
                .contains("Dossier transmis au service traitant");
        assertThat(erreursConsole()).isEmpty();
        capture("tableau-de-bord");
        Files.delete(carte);
        Files.delete(facture);
    }

    @Test
    void aSixteenYearOldSubmitsAnRcoRequestWithAnUnknownFather() throws Exception {
        connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        attendreChemin("/");
        navigateur.findElement(By.linkText("Recensement citoyen obligatoire")).click();
        attendreChemin("/demarches/rco/declarant");
        // "La personne à recenser" is chosen already: the young person fills in their own request.
        continuer("/demarches/rco/identite");
        choisir("sexe");
        saisir("nomFamille", "Gérard-Lefèvre");
        saisir("prenoms", "Éloïse");
        saisir("dateNaissance", LocalDate.now(donnees.horloge()).minusYears(16).minusDays(10)
                .format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        choisir("lieuNaissance");
        saisir("codePostalNaissance", "92000");
        cliquer("Rechercher les communes de naissance");
        attendre().until(d -> !d.findElements(By.name("naissanceCommuneInsee")).isEmpty());
        continuer("/demarches/rco/domicile");

        saisir("adresse", "25 bis allée Camille Muffat");
        saisir("codePostal", "92000");
        cliquer("Rechercher les communes");
        attendre().until(d -> !d.findElements(By.name("communeInsee")).isEmpty());
        continuer("/demarches/rco/famille");

        choisir("situationMatrimoniale");
        saisir("nombreEnfants", "0");
        saisir("nombreFreresSoeurs", "1");
        continuer("/demarches/rco/filiation");

        choisir("pere.inconnu");
        saisir("mere.nom", "Gérard");
        saisir("mere.prenoms", "Anne");
        saisir("mere.dateNaissance", "03/05/1980");
        choisir("mere.lieu");
        saisir("mere.codePostal", "92000");
        navigateur.findElement(By.xpath("(//button[normalize-space()='Rechercher les communes'])[2]")).click();
        attendre().until(d -> !d.findElements(By.name("mere.communeInsee")).isEmpty());
        saisir("mere.nationalite", "Française");
        continuer("/demarches/rco/pieces");

        Path carte = fichier("carte", ".jpg", Fichiers.jpeg(3_000));
        navigateur.findElement(By.id("pieceIdentite")).sendKeys(carte.toString());
        continuer("/demarches/rco/recapitulatif");
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains("Non connu").contains("Anne Gérard");
        capture("rco-recapitulatif");

        envoyer();
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains("Recensement citoyen obligatoire");
        assertThat(erreursConsole()).isEmpty();
        Files.delete(carte);
    }

    private void choisir(String id) {
        navigateur.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private void saisir(String nom, String valeur) {
        var champ = navigateur.findElement(By.name(nom));
        champ.clear();
        champ.sendKeys(valeur);
    }

    private void cliquer(String bouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + bouton + "\"]")).click();
        attendrePageChargee();
    }

    private void continuer(String suivante) {
        cliquer("Enregistrer et continuer");
        attendreChemin(suivante);
    }

    private void envoyer() {
        choisir("engagement");
        cliquer("Signer et envoyer ma demande");
        attendre().until(d -> d.findElement(By.tagName("h1")).getText().equals("Votre demande est envoyée"));
    }

    private static Path fichier(String nom, String extension, byte[] octets) throws Exception {
        Path fichier = Files.createTempFile(nom, extension);
        Files.write(fichier, octets);
        return fichier.toAbsolutePath();
    }
}
