package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.demarches.demo.FournisseurIdentiteLocal;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The FranceConnect journey in a real browser, against the tests' OpenID provider on its own port: sign-up with a
 * France Identité (eidas3) identity, certified data locked, then a procuration established online with no officer.
 */
@TestIntegration
class FranceConnectNavigateurTest extends NavigateurTest {

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    FournisseurIdentiteLocal fournisseur;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        fournisseur.autoriserApplication(url(""));
    }

    @Test
    void aCitizenSignsUpWithFranceConnectSeesCertifiedDataLockedAndFilesAProcurationEstablishedOnline() {
        ouvrir("/connexion");
        WebElement bouton = navigateur.findElement(By.cssSelector("button.fr-connect"));
        assertThat(bouton.getText()).contains("S’identifier avec").contains("FranceConnect");
        bouton.click();
        attendre().until(d -> d.getCurrentUrl().startsWith(fournisseur.emetteur() + "/connexion"));
        capture("fournisseur-choix-identite");
        navigateur.findElement(By.xpath("//button[contains(., 'Jean Paul DURAND')]")).click();

        attendreChemin("/connexion/franceconnect/premiere");
        assertThat(navigateur.findElement(By.tagName("main")).getText()).contains("Jean Paul DURAND");
        cliquer(By.id("creer-compte"));

        attendreChemin("/compte/informations");
        assertThat(navigateur.findElement(By.cssSelector(".donnees-certifiees")).getText())
                .contains("Données certifiées par FranceConnect");
        assertThat(navigateur.findElement(By.id("nomNaissance")).getAttribute("readonly")).isNotNull();
        assertThat(navigateur.findElement(By.id("nomNaissance")).getAttribute("value")).isEqualTo("DURAND");
        assertThat(navigateur.findElement(By.id("adresse")).getAttribute("readonly")).as("le reste reste modifiable")
                .isNull();
        capture("profil-certifie");

        LocalDate scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
        ouvrir("/procuration/nouvelle");
        assertThat(navigateur.findElement(By.id("parcours")).getText())
                .contains("Procuration établie entièrement en ligne");
        assertThat(navigateur.findElement(By.id("prenoms")).getAttribute("readonly")).isNotNull();
        remplir("codePostal", "92000");
        remplir("nneMandataire", "123456789");
        dateIso("dateNaissanceMandataire", LocalDate.of(1975, 2, 3));
        dateIso("debut", scrutin);
        dateIso("fin", scrutin.plusWeeks(1));
        cliquer(By.xpath("//main//button[normalize-space()='Vérifier ma demande']"));
        attendreChemin("/procuration/verification");
        assertThat(navigateur.findElement(By.id("parcours")).getText()).contains("vous n’avez pas à vous déplacer");
        cliquer(By.xpath("//main//button[normalize-space()='Envoyer ma demande']"));
        attendre().until(d -> cheminCourant().matches("/procuration/[0-9a-f-]{36}"));
        assertThat(navigateur.findElement(By.id("etablie-en-ligne")).getText()).contains("FranceConnect")
                .contains("eidas3");
        assertThat(navigateur.findElements(By.id("a-presenter"))).as("aucune référence à présenter").isEmpty();
        capture("procuration-etablie-en-ligne");
        assertThat(donnees.jdbc().sql("SELECT etat FROM procuration").query(String.class).single())
                .isEqualTo("VALIDEE_AUTORITE");
    }



    private void cliquer(By cible) {
        WebElement bouton = navigateur.findElement(cible);
        bouton.click();
        attendre().until(d -> ancien(bouton));
        attendrePageChargee();
    }
}
