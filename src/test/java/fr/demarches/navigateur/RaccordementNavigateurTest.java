package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.shared.Fuseau;
import fr.demarches.test.BoiteDeReception;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A commune joins: public request → platform admin accepts → its administrator sets a password and signs in. */
@TestIntegration
class RaccordementNavigateurTest extends NavigateurTest {

    private static final String PUTEAUX = "92062";
    private static final String ADMINISTRATEUR = "maire.adjoint@mairie-puteaux.exemple.fr";

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Raccordements raccordements;

    @Autowired
    GreenMail courriels;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        // A Wednesday: the connection takes effect on the first working day of December, Tuesday the 1st.
        donnees.horloge().fixer(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, Fuseau.PARIS));
    }

    @Test
    void aCommuneRequestsIsAcceptedAndItsAdministratorSignsInOnTheEffectiveDate() {
        ouvrir("/raccordement");
        saisir("codePostal", "92800");
        navigateur.findElement(By.xpath("//button[normalize-space()='Rechercher la commune']")).click();
        attendre().until(d -> !d.findElements(By.id("commune-" + PUTEAUX)).isEmpty());
        cocher("commune-" + PUTEAUX);
        cocher("procedure-ILE");
        cocher("procedure-RCO");
        cocher("mode-COURRIEL");
        saisir("boiteFonctionnelle", "elections@mairie-puteaux.exemple.fr");
        saisir("contactNom", "Claire Fontaine");
        saisir("contactCourriel", "claire.fontaine@mairie-puteaux.exemple.fr");
        saisir("contactTelephone", "01 46 92 92 92");
        saisir("administrateurPrenoms", "Paul");
        saisir("administrateurNom", "Roux");
        saisir("administrateurCourriel", ADMINISTRATEUR);
        capture("raccordement-demande");
        navigateur.findElement(By.xpath("//button[normalize-space()='Envoyer la demande']")).click();
        attendre().until(d -> d.findElement(By.id("contenu")).getText().contains("Puteaux"));
        assertThat(erreursConsole()).isEmpty();

        connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        attendreChemin("/admin");
        ouvrir("/admin/raccordements");
        navigateur.findElement(By.partialLinkText("Puteaux")).click();
        navigateur.findElement(By.xpath("//button[normalize-space()='Accepter la demande']")).click();
        attendre().until(d -> d.findElement(By.id("contenu")).getText().contains("01/12/2026"));
        capture("raccordement-accepte");
        assertThat(raccordements.ouvert(PUTEAUX, Procedure.ILE)).isFalse();

        String lien = new BoiteDeReception(courriels, jdbc).pour(ADMINISTRATEUR, 3).lien();
        assertThat(lien).startsWith("/gs/mot-de-passe/definir?jeton=");

        donnees.horloge().avancer(Duration.ofDays(6).minusHours(1));
        assertThat(raccordements.ouvert(PUTEAUX, Procedure.ILE)).isTrue();
        navigateur.manage().deleteAllCookies();
        ouvrir(lien);
        saisir("motDePasse", "Une phrase de passe assez longue");
        saisir("confirmation", "Une phrase de passe assez longue");
        navigateur.findElement(By.xpath("//button[normalize-space()='Enregistrer le mot de passe']")).click();
        attendreChemin("/gs/connexion");
        connecter("/gs/connexion", ADMINISTRATEUR, "Une phrase de passe assez longue");
        attendreChemin("/gs");
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains("Mairie de Puteaux")
                .contains("Raccordée depuis le").contains("01/12/2026");
        assertThat(erreursConsole()).isEmpty();
        capture("raccordement-administrateur-connecte");
    }

    private void saisir(String id, String valeur) {
        var champ = navigateur.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
    }

    private void cocher(String id) {
        navigateur.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }
}
