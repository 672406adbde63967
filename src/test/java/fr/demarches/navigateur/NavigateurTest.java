package fr.demarches.navigateur;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.Courriels;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that drive a real headless Chromium against the application started by
 * {@code @TestIntegration} (subclasses carry the annotation). Each test starts with no cookie, so no session;
 * a failing test leaves a full-page screenshot in {@code target/captures/<class>/}.
 */
@ExtendWith(NavigateurTest.CaptureSiEchec.class)
public abstract class NavigateurTest {

    protected static final Duration ATTENTE = Duration.ofSeconds(10);
    /** The verification pages of the portals with a second login step. */
    private static final java.util.Set<String> VERIFICATIONS = java.util.Set.of("/gs/verification", "/police/verification");
    private static final Path CAPTURES = Path.of("target", "captures");

    @LocalServerPort
    int port;

    /** Where the codes of the /gs logins arrive. */
    @Autowired
    protected GreenMail serveurCourriel;

    protected ChromeDriver navigateur;

    /** On CI a missing browser is a broken image, not a reason to skip: the whole class fails at once. */
    @BeforeAll
    static void navigateurInstalleSurLaCi() {
        if ("true".equalsIgnoreCase(System.getenv("CI")) && !Navigateur.manquants().isEmpty()) {
            fail(absence());
        }
    }

    @BeforeEach
    void navigateurVierge() {
        // Per test, not per class: surefire reports each test as skipped with this message, but drops a
        // class-level assumption silently.
        assumeTrue(Navigateur.manquants().isEmpty(), NavigateurTest::absence);
        navigateur = Navigateur.obtenir();
        navigateur.get("about:blank");
        // The browser is shared: without this, a session (and a signed-in account) would leak between tests.
        navigateur.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        navigateur.executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", url(""), "storageTypes", "all"));
        journalConsole();
    }

    private static String absence() {
        return "Tests dans un navigateur impossibles, introuvable(s) : " + String.join(", ", Navigateur.manquants())
                + ". Installez-les : apt-get install chromium chromium-driver";
    }

    /** {@code http://localhost:<port>} followed by the path. */
    protected String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    /** Types into a field, after clearing it. */
    protected void remplir(String id, String valeur) {
        var champ = navigateur.findElement(org.openqa.selenium.By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
    }

    /** Date inputs take keys in the browser's locale: set the ISO value the form posts instead. */
    protected void dateIso(String id, java.time.LocalDate valeur) {
        navigateur.executeScript("arguments[0].value = arguments[1]",
                navigateur.findElement(org.openqa.selenium.By.id(id)), valeur.toString());
    }

    protected void ouvrir(String chemin) {
        navigateur.get(url(chemin));
        attendrePageChargee();
    }

    /** Waits that outlive a page change: an element read while the next page replaces it is simply read again. */
    protected WebDriverWait attendre() {
        var attente = new WebDriverWait(navigateur, ATTENTE);
        attente.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return attente;
    }

    /** The path of the page shown, without the query string (Spring Security adds {@code ?continue}). */
    protected String cheminCourant() {
        return URI.create(navigateur.getCurrentUrl()).getPath();
    }

    protected void attendreChemin(String chemin) {
        attendre().withMessage(() -> "page attendue " + chemin + ", page affichée " + navigateur.getCurrentUrl())
                .until(d -> chemin.equals(cheminCourant()));
        attendrePageChargee();
    }

    /**
     * Fills and submits the portal's real login form, opening it first unless it is already shown. On /gs, the
     * second step follows: the code is read from the mail and typed in the verification page.
     */
    protected void connecter(String urlConnexion, String identifiant, String motDePasse) {
        connecterSansCode(urlConnexion, identifiant, motDePasse);
        if (VERIFICATIONS.contains(cheminCourant())) {
            saisirCode(Courriels.codeDeVerification(serveurCourriel, identifiant), false);
        }
    }

    /** Types the code of the second /gs login step, ticking "Faire confiance à cet appareil" if asked, and sends it. */
    protected void saisirCode(String code, boolean confiance) {
        WebElement champ = attendre().until(visibilityOfElementLocated(By.name("code")));
        champ.clear();
        champ.sendKeys(code);
        if (confiance) {
            // DSFR draws its own box over the input: the label is what a user clicks.
            navigateur.findElement(By.cssSelector("label[for=confiance]")).click();
        }
        WebElement bouton = navigateur.findElement(By.xpath("//form//button[normalize-space()='Valider']"));
        bouton.click();
        attendre().until(d -> ancien(bouton));
        attendrePageChargee();
    }

    /** The login form alone: on /gs, the browser stays on the verification page. */
    protected void connecterSansCode(String urlConnexion, String identifiant, String motDePasse) {
        if (!urlConnexion.equals(cheminCourant())) {
            ouvrir(urlConnexion);
        }
        WebElement champ = attendre().until(visibilityOfElementLocated(By.name("identifiant")));
        champ.clear();
        champ.sendKeys(identifiant);
        WebElement motDePasseSaisi = navigateur.findElement(By.name("motDePasse"));
        motDePasseSaisi.clear();
        motDePasseSaisi.sendKeys(motDePasse);
        WebElement bouton = navigateur.findElement(By.xpath("//form//button[normalize-space()='Se connecter']"));
        bouton.click();
        attendre().until(d -> ancien(bouton));
        attendrePageChargee();
    }

    /**
     * Whether an element belongs to a page that has been left. During navigation Chromium may answer "node does not
     * belong to the document" instead of a stale-element error: both mean the same here.
     */
    protected static boolean ancien(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException parti) {
            return true;
        }
    }

    protected void attendrePageChargee() {
        attendre().until(d -> "complete".equals(navigateur.executeScript("return document.readyState")));
    }

    /** Waits for the DSFR script to have run: it marks the root element with {@code data-fr-js="true"}. */
    protected void attendreDsfr() {
        attendre().withMessage("le script du DSFR ne s'est pas exécuté (data-fr-js absent)")
                .until(d -> "true".equals(navigateur.executeScript(
                        "return document.documentElement.getAttribute('data-fr-js')")));
    }

    /** Clicks "Télécharger les éléments du dossier" and reads the ZIP the browser saved. */
    protected Map<String, byte[]> telecharger(String numero) throws IOException {
        Path dossier = Files.createTempDirectory("telechargements-");
        navigateur.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dossier.toString()));
        navigateur.findElement(By.linkText("Télécharger les éléments du dossier")).click();
        Path zip = dossier.resolve(numero + ".zip");
        attendre().withMessage("archive téléchargée dans " + dossier).until(d -> Files.exists(zip) && termine(dossier));
        var entrees = new LinkedHashMap<String, byte[]>();
        try (var lecture = new ZipInputStream(Files.newInputStream(zip))) {
            for (var e = lecture.getNextEntry(); e != null; e = lecture.getNextEntry()) {
                entrees.put(e.getName(), lecture.readAllBytes());
            }
        }
        Files.delete(zip);
        Files.delete(dossier);
        return entrees;
    }

    /** Chromium writes a download under a ".crdownload" name and renames it when complete. */
    private static boolean termine(Path dossier) {
        try (var fichiers = Files.list(dossier)) {
            return fichiers.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks the button of this text and waits for the next page. */
    protected void cliquerBouton(String bouton) {
        var element = navigateur.findElement(By.xpath("//button[normalize-space()=\"" + bouton + "\"]"));
        element.click();
        attendre().until(d -> ancien(element));
        attendrePageChargee();
    }

    /**
     * The serious and critical accessibility problems axe-core finds on the page shown (every rule axe runs by
     * default, WCAG 2.x A and AA among them, e.g. {@code scrollable-region-focusable}). axe-core comes from npm with
     * the build (frontend/build.xml copies it to target/axe), as the DSFR does.
     */
    @SuppressWarnings("unchecked")
    protected List<String> problemesAxe() {
        Path axe = Path.of("target", "axe", "axe.min.js");
        if (!Files.exists(axe)) {
            fail("axe-core introuvable (" + axe + ") : lancez la construction Maven, qui le récupère avec npm.");
        }
        try {
            navigateur.executeScript(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var resultat = (List<Map<String, Object>>) navigateur.executeAsyncScript("""
                const fin = arguments[arguments.length - 1];
                axe.run(document).then(r => fin(r.violations.map(v => ({id: v.id, impact: v.impact,
                        cibles: v.nodes.map(n => n.target.join(' ')).join(', ')}))));
                """);
        return resultat.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + ") : " + v.get("cibles")).toList();
    }

    /** Whether the page fits the window's width: nothing to scroll sideways. */
    protected boolean sansDefilementHorizontal() {
        return (Boolean) navigateur.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    /** Everything the console received since the last call (reading empties Chromium's buffer). */
    protected List<LogEntry> journalConsole() {
        return navigateur.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Console errors since the last read: failed loads, CSP violations, uncaught exceptions. */
    protected List<String> erreursConsole() {
        return journalConsole().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a full-page PNG under {@code target/captures/<class>/<nom>.png}, for humans to look at. */
    protected Path capture(String nom) {
        Path fichier = CAPTURES.resolve(getClass().getSimpleName()).resolve(nom + ".png");
        try {
            Files.createDirectories(fichier.getParent());
            Files.write(fichier, pngPageEntiere());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fichier;
    }

    private byte[] pngPageEntiere() {
        try {
            // Beyond the 900 px window, so the footer is in the picture.
            var taille = (Map<?, ?>) navigateur.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            var zone = Map.of("x", 0, "y", 0, "scale", 1,
                    "width", ((Number) taille.get("width")).doubleValue(),
                    "height", ((Number) taille.get("height")).doubleValue());
            var image = navigateur.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", zone));
            return Base64.getDecoder().decode((String) image.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            return navigateur.getScreenshotAs(OutputType.BYTES);
        }
    }

    /** Runs before {@code @AfterEach}, while the failing page is still on screen. */
    static final class CaptureSiEchec implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext contexte) {
            if (contexte.getExecutionException().isEmpty()) {
                return;
            }
            if (contexte.getTestInstance().orElse(null) instanceof NavigateurTest test && test.navigateur != null) {
                try {
                    Path fichier = test.capture("echec-" + contexte.getRequiredTestMethod().getName());
                    contexte.publishReportEntry("capture", fichier.toAbsolutePath().toString());
                } catch (RuntimeException e) {
                    // The test's own failure is what matters; a dead browser must not hide it.
                    contexte.getExecutionException().get().addSuppressed(e);
                }
            }
        }
    }
}
