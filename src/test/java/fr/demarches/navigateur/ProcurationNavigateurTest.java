package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class ProcurationNavigateurTest extends NavigateurTest {

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
    }

    @Test
    void mandantRequestsOfficerValidatesOnATabletAgentAcceptsAndTheMandantIsNotified() {
        LocalDate scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
        connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        ouvrir("/procuration/nouvelle");
        remplir("codePostal", "92000");
        remplir("nomNaissance", "Martin");
        remplir("prenoms", "Camille Anne");
        dateIso("dateNaissance", LocalDate.of(1980, 5, 17));
        remplir("lieuNaissance", "Lyon (69)");
        remplir("nneMandataire", "123456789");
        dateIso("dateNaissanceMandataire", LocalDate.of(1975, 2, 3));
        dateIso("debut", scrutin);
        dateIso("fin", scrutin.plusWeeks(1));
        cliquerBouton("Vérifier ma demande");
        attendreChemin("/procuration/verification");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifiez votre demande");
        cliquerBouton("Envoyer ma demande");
        attendre().until(d -> cheminCourant().matches("/procuration/[0-9a-f-]{36}"));
        String reference = navigateur.findElement(By.cssSelector("#a-presenter .fr-callout__text")).getText();
        assertThat(reference).matches("[A-Z2-9]{6}");
        capture("mandant-reference");

        // The officer works on a tablet.
        navigateur.manage().deleteAllCookies();
        var taille = navigateur.manage().window().getSize();
        navigateur.manage().window().setSize(new Dimension(768, 1024));
        try {
            connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
            attendreChemin("/police");
            remplir("reference", reference.substring(0, 3).toLowerCase() + " " + reference.substring(3).toLowerCase());
            cliquerBouton("Rechercher");
            assertThat(navigateur.findElement(By.id("identite")).getText()).contains("Martin").contains("17/05/1980");
            assertThat(sansDefilementHorizontal()).isTrue();
            new Select(navigateur.findElement(By.id("pieceType"))).selectByVisibleText("Passeport");
            remplir("pieceNumero", "19AB12345");
            capture("officier-demande");
            cliquerBouton("Valider la procuration");
            attendreChemin("/police");
            assertThat(navigateur.findElement(By.id("succes")).getText()).contains("est validée");
        } finally {
            navigateur.manage().window().setSize(taille);
        }

        navigateur.manage().deleteAllCookies();
        connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        ouvrir("/gs/procurations");
        WebElement lien = navigateur.findElement(By.linkText(reference));
        lien.click();
        attendre().until(d -> ancien(lien));
        attendrePageChargee();
        assertThat(navigateur.findElement(By.id("controles")).getText()).contains("Plafond du mandataire");
        capture("agent-procuration");
        cliquerBouton("Accepter la procuration");
        assertThat(navigateur.findElement(By.id("etat")).getText()).isEqualTo("Acceptée par la commune");

        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 4))
                .anyMatch(m -> Courriels.texte(m).contains("Acceptée par la commune"));
        navigateur.manage().deleteAllCookies();
        connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        ouvrir("/procuration");
        assertThat(navigateur.findElement(By.id("contenu")).getText()).contains(reference)
                .contains("Acceptée par la commune");
        assertThat(erreursConsole()).isEmpty();
    }
}
