package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What every scenario shares. Each virtual user signs in first (not measured: bcrypt at the production cost is
 * deliberately slow), repeats its action unmeasured until the common start (the warm-up), then repeats it for the
 * measured window. The window is the same for every user, so throughput = measured actions / window. The requests
 * of a scenario are named {@code "#{etape}…"}: "échauffement : …" during the warm-up, their plain name in the window.
 */
final class Banc {

    static final String URL = System.getProperty("banc.url", "http://127.0.0.1:18080");
    static final int DUREE = Integer.getInteger("banc.duree", 30);
    static final int CONCURRENCE = Integer.getInteger("banc.concurrence", 40);
    static final int ECHAUFFEMENT = Integer.getInteger("banc.echauffement", 15);
    static final String MOT_DE_PASSE = System.getProperty("banc.mot-de-passe", "Banc-de-charge-2026!");
    static final Path DONNEES = Path.of(System.getProperty("banc.donnees", "work"));
    static final Path SORTIE = Path.of(System.getProperty("banc.sortie", "work/fenetre.properties"));
    static final String COMMUNE = System.getProperty("banc.commune", "92050");

    /** Start of the measured window (epoch ms): after the sign-ins and the warm-up. */
    static final long DEBUT = System.currentTimeMillis() + ECHAUFFEMENT * 1000L;

    private Banc() {
    }

    static HttpProtocolBuilder protocole() {
        return http.baseUrl(URL)
                // No call to any outside address (Gatling's warm-up request goes to its own site by default).
                .disableWarmUp()
                .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
                .acceptLanguageHeader("fr-FR,fr;q=0.9")
                .userAgentHeader("banc-demarches (Gatling)");
    }

    /**
     * Signs in on a portal ("" for citizens, "/gs", "/police") through its real login form, and keeps the session's
     * CSRF token (it changes at sign-in) read from the landing page's logout form, which only a signed-in page has.
     */
    static ChainBuilder connexion(String portail) {
        String accueil = portail.isEmpty() ? "/tableau-de-bord" : portail;
        return exec(http("connexion : page").get(portail + "/connexion")
                        .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("connexion : envoi").post(portail + "/connexion")
                        .formParam("identifiant", "#{identifiant}")
                        .formParam("motDePasse", MOT_DE_PASSE)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(l -> l.endsWith("/connexion")).is(false)))
                .exec(http("connexion : accueil").get(accueil)
                        .disableFollowRedirect()
                        .check(status().is(200),
                                css("form[action$='/deconnexion'] input[name='_csrf']", "value").saveAs("csrf")));
    }

    /** Warms {@code action} up, then repeats it from the common start until the window closes (whole iterations). */
    static ChainBuilder mesure(ChainBuilder action) {
        return mesure(action, Duration.ZERO);
    }

    /**
     * As {@link #mesure(ChainBuilder)}, each user starting at its own moment, drawn between the common start and
     * {@code decalageMax} after it: users who pause between requests are then independent, as people are, instead
     * of all clicking at the same millisecond every few seconds.
     */
    static ChainBuilder mesure(ChainBuilder action, Duration decalageMax) {
        return exec(session -> session.set("etape", "échauffement : "))
                .exec(echauffement(action))
                .exec(session -> session.set("etape", "").set("decalage",
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(decalageMax.toMillis() + 1)))
                .exec(pause(session -> Duration.ofMillis(
                        Math.max(0, DEBUT + session.getLong("decalage") - System.currentTimeMillis()))))
                // The loop ends with the common window, whatever the user's start.
                .exec(during(session -> Duration.ofMillis(DUREE * 1000L - session.getLong("decalage")), "iteration", false)
                        .on(action));
    }

    /**
     * Repeats {@code action}, not measured (its requests are named "échauffement : …"), until shortly before the
     * common start: the JIT has compiled the path before the window opens. Without it, each window opened on a path
     * the JVM had never run: in the officer's, the JIT compilers used 11 of the 40 CPU-seconds (docs/performance.md).
     */
    private static ChainBuilder echauffement(ChainBuilder action) {
        return asLongAs(session -> System.currentTimeMillis() < DEBUT - 500).on(action);
    }

    /** The CSV a feeder reads, from the folder run.sh filled. */
    static String fichier(String nom) {
        return DONNEES.resolve(nom).toAbsolutePath().toString();
    }

    /** Accounts named by number, one per virtual user, from {@code premier} on (e.g. usager1@…, usager2@…). */
    static List<Map<String, Object>> comptes(String modele, int premier, int nombre) {
        var comptes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < nombre; i++) {
            comptes.add(Map.of("identifiant", String.format(modele, premier + i)));
        }
        return comptes;
    }

    /** Writes the measured window and any extra figure for rapport.py. */
    static void ecrireFenetre(Map<String, Object> extras) {
        var lignes = new ArrayList<String>();
        lignes.add("debut=" + DEBUT);
        lignes.add("fin=" + (DEBUT + DUREE * 1000L));
        lignes.add("duree=" + DUREE);
        lignes.add("concurrence=" + CONCURRENCE);
        extras.forEach((cle, valeur) -> lignes.add(cle + "=" + valeur));
        try {
            Files.createDirectories(SORTIE.toAbsolutePath().getParent());
            Files.write(SORTIE, lignes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A counter shared by the users of a run (e.g. to give each one a distinct account). */
    static Function<Session, Session> numeroter(AtomicInteger compteur, String cle) {
        return session -> session.set(cle, compteur.incrementAndGet());
    }
}
