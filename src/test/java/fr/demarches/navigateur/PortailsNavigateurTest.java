package fr.demarches.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.demarches.portail.Portail;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class PortailsNavigateurTest extends NavigateurTest {

    private static final String INCORRECT = "Identifiant ou mot de passe incorrect.";

    @Autowired
    DonneesDeTest donnees;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
    }

    @Test
    void aCitizenSignsInFromThePublicHomePageAndSeesTheirNameInTheHeader() {
        ouvrir("/");
        assertThat(titreDuService()).isEqualTo(Portail.USAGER.getNom());
        assertThat(navigateur.findElements(By.cssSelector(".fr-header__tools .compte-connecte"))).isEmpty();

        navigateur.findElement(By.cssSelector(".fr-header__tools"))
                .findElement(By.linkText("Se connecter")).click();
        attendreChemin("/connexion");
        connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);

        attendreChemin("/");
        assertThat(titreDuService()).isEqualTo(Portail.USAGER.getNom());
        assertThat(compteConnecte()).isEqualTo(DonneesDeTest.USAGER);
        assertThat(boutonDeconnexion().isDisplayed()).isTrue();
        assertThat(navigateur.findElement(By.id("contenu")).getText())
                .contains("Bonjour " + DonneesDeTest.USAGER + ", vous êtes connecté à votre espace.");
        capture("usager-accueil");
    }

    @Test
    void aMairieAgentIsSentToTheGsLoginPageAndThenSeesTheCommuneHome() {
        entrerParLAccueil(Portail.GS, DonneesDeTest.AGENT);
        assertThat(compteConnecte()).isEqualTo("Karim Lefebvre");
        assertThat(titrePrincipal()).isEqualTo("Mairie de Nanterre");
        capture("gs-accueil");
    }

    @Test
    void aPoliceOfficerIsSentToThePoliceLoginPageAndThenSeesTheValidationHome() {
        entrerParLAccueil(Portail.POLICE, DonneesDeTest.OFFICIER);
        assertThat(compteConnecte()).isEqualTo("Julien Moreau");
        assertThat(titrePrincipal()).isEqualTo("Validation des procurations");
        capture("police-accueil");
    }

    @Test
    void aPlatformAdminIsSentToTheAdminLoginPageAndThenSeesTheAdministrationHome() {
        entrerParLAccueil(Portail.ADMIN, DonneesDeTest.ADMIN);
        assertThat(compteConnecte()).isEqualTo("Admin");
        assertThat(titrePrincipal()).isEqualTo("Administration de la plateforme");
        capture("admin-accueil");
    }

    @Test
    void aWrongPasswordShowsTheFrenchErrorOnTheLoginPageAndKeepsTheIdentifier() {
        connecter("/police/connexion", DonneesDeTest.OFFICIER, "mauvais-mot-de-passe");

        attendreChemin("/police/connexion");
        assertThat(navigateur.findElement(By.cssSelector(".fr-alert--error")).getText()).contains(INCORRECT);
        assertThat(navigateur.findElement(By.name("identifiant")).getDomProperty("value"))
                .isEqualTo(DonneesDeTest.OFFICIER);
        assertThat(navigateur.findElement(By.name("motDePasse")).getDomProperty("value")).isEmpty();
        assertThat(navigateur.findElements(By.cssSelector(".compte-connecte"))).isEmpty();
        capture("police-connexion-echec");
    }

    @Test
    void theDsfrLoadsOnEveryPortalWithoutConsoleErrors() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("usager-accueil-public", "/");
        for (Portail portail : Portail.values()) {
            pages.put(portail.getCle() + "-connexion", portail.url("/connexion"));
        }
        pages.forEach((nom, page) -> {
            ouvrir(page);
            attendreDsfr();
            assertThat(policesMarianneChargees()).as("polices Marianne chargées sur %s", page).isPositive();
            assertThat(style(".fr-header__service-title", null, "font-family")).as(page).contains("Marianne");
            // The Marianne logo and the icons are drawn by DSFR's CSS in pseudo-elements.
            assertThat(style(".fr-header .fr-logo", "::before", "background-image")).as(page).contains("url(");
            assertThat(style(".fr-header__tools .fr-btn[class*=fr-icon-]", "::before", "mask-image"))
                    .as(page).contains("url(");
            assertThat(erreursConsole()).as("erreurs de la console sur %s", page).isEmpty();
            capture(nom);
        });
    }

    @Test
    void theConsoleCheckCatchesAContentSecurityPolicyViolation() {
        // Proves the check above can fail: an inline script is refused by the CSP and reported in the console.
        ouvrir("/connexion");
        attendreDsfr();
        assertThat(erreursConsole()).isEmpty();

        navigateur.executeScript("const s = document.createElement('script');"
                + "s.textContent = 'window.injecte = true;'; document.head.appendChild(s);");

        assertThat(navigateur.executeScript("return window.injecte === true")).isEqualTo(false);
        assertThat(erreursConsole()).anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    /** Opens the portal's home, which sends a stranger to its login page, and signs in there. */
    private void entrerParLAccueil(Portail portail, String identifiant) {
        ouvrir(portail.accueil());
        attendreChemin(portail.url("/connexion"));
        assertThat(titreDuService()).isEqualTo(portail.getNom());
        assertThat(titrePrincipal()).isEqualTo("Connexion - " + portail.getNom());

        connecter(portail.url("/connexion"), identifiant, DonneesDeTest.MOT_DE_PASSE);

        attendreChemin(portail.accueil());
        assertThat(titreDuService()).isEqualTo(portail.getNom());
        assertThat(boutonDeconnexion().isDisplayed()).isTrue();
    }

    private String titreDuService() {
        return navigateur.findElement(By.cssSelector(".fr-header .fr-header__service-title")).getText();
    }

    private String titrePrincipal() {
        return navigateur.findElement(By.tagName("h1")).getText();
    }

    /** The display name in the header's tools (the copy in the mobile menu is hidden at 1280 px). */
    private String compteConnecte() {
        return navigateur.findElement(By.cssSelector(".fr-header__tools .compte-connecte")).getText();
    }

    private WebElement boutonDeconnexion() {
        return navigateur.findElement(By.cssSelector(".fr-header__tools"))
                .findElement(By.xpath(".//button[normalize-space()='Se déconnecter']"));
    }

    private long policesMarianneChargees() {
        Object nombre = navigateur.executeAsyncScript("const fini = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => fini([...document.fonts]"
                + ".filter(f => f.family.includes('Marianne') && f.status === 'loaded').length));");
        return ((Number) nombre).longValue();
    }

    private String style(String selecteur, String pseudoElement, String propriete) {
        return (String) navigateur.executeScript(
                "const e = document.querySelector(arguments[0]);"
                        + "return e && getComputedStyle(e, arguments[1]).getPropertyValue(arguments[2]);",
                selecteur, pseudoElement, propriete);
    }
}
