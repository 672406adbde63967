package fr.demarches.navigateur;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The headless Chromium shared by every browser test of the JVM: started on first use, closed by a shutdown
 * hook. Starting Chromium costs about a second; the Spring context is shared too, so one browser is enough.
 * Both binaries are given explicitly: Selenium Manager is then never run, so nothing is downloaded.
 */
final class Navigateur {

    static final String CHROMEDRIVER_DEBIAN = "/usr/bin/chromedriver";
    static final String CHROMIUM_DEBIAN = "/usr/bin/chromium";

    private static ChromeDriver pilote;
    private static Path profil;
    private static boolean fermetureProgrammee;

    private Navigateur() {
    }

    static Path chromedriver() {
        return chemin("CHROMEDRIVER", CHROMEDRIVER_DEBIAN);
    }

    static Path chromium() {
        return chemin("CHROME_BIN", CHROMIUM_DEBIAN);
    }

    /** What is missing to run a browser test, empty when both binaries are there. */
    static List<String> manquants() {
        List<String> manquants = new ArrayList<>();
        if (!Files.isExecutable(chromium())) {
            manquants.add("Chromium (" + chromium() + ", variable CHROME_BIN)");
        }
        if (!Files.isExecutable(chromedriver())) {
            manquants.add("chromedriver (" + chromedriver() + ", variable CHROMEDRIVER)");
        }
        return manquants;
    }

    /** The shared browser; started again if a previous test left it dead (crash, killed renderer). */
    static synchronized ChromeDriver obtenir() {
        if (pilote != null && !vivant(pilote)) {
            fermer();
        }
        if (pilote == null) {
            pilote = demarrer();
            if (!fermetureProgrammee) {
                Runtime.getRuntime().addShutdownHook(new Thread(Navigateur::fermer, "fermeture-chromium"));
                fermetureProgrammee = true;
            }
        }
        return pilote;
    }

    private static ChromeDriver demarrer() {
        String driver = chromedriver().toString();
        // Read by Selenium's DriverFinder: with a driver and a browser binary given, Selenium Manager is skipped.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver);
        try {
            profil = Files.createTempDirectory("demarches-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(chromium().toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profil);
        // The console is where Chromium reports CSP violations and failed loads.
        var journaux = new LoggingPreferences();
        journaux.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, journaux);

        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        var nouveau = new ChromeDriver(service, options);
        nouveau.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return nouveau;
    }

    private static boolean vivant(ChromeDriver pilote) {
        try {
            pilote.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static synchronized void fermer() {
        if (pilote != null) {
            try {
                pilote.quit();
            } catch (WebDriverException e) {
                // Already gone: nothing left to close.
            }
            pilote = null;
        }
        if (profil != null) {
            try (Stream<Path> fichiers = Files.walk(profil)) {
                fichiers.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // A temporary directory: the system cleans it eventually.
            }
            profil = null;
        }
    }

    private static Path chemin(String variable, String parDefaut) {
        String valeur = System.getenv(variable);
        return Path.of(valeur == null || valeur.isBlank() ? parDefaut : valeur);
    }
}
