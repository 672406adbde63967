package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Agents of the benchmark commune (20 000 of its dossiers among 1 M) open "Télédossiers à traiter" sorted by a
 * column, page 1, then search by a name. By default no think time: 50 agents clicking at once, all the time;
 * {@code banc.pause} (seconds) adds a pause after each page, as an agent reading it.
 */
public class ListeSimulation extends Simulation {

    static final List<String> TRIS = List.of("depot", "numero", "procedure", "etat");
    static final List<String> NOMS = List.of("martin", "bernard", "lefèvre", "garcia", "nguyen", "camille", "durand",
            "müller", "roux", "petit");

    static final int PAUSE = Integer.getInteger("banc.pause", 0);

    /** Surnames given to the benchmark's own submissions (some of them searched above). */
    static final List<String> NOMS_DEPOT = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
            "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
            "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau");

    {
        var liste = http("#{etape}liste : page 1 triée").get("/gs/teledossiers")
                .queryParam("tri", session -> TRIS.get(ThreadLocalRandom.current().nextInt(TRIS.size())))
                .queryParam("sens", session -> ThreadLocalRandom.current().nextBoolean() ? "asc" : "desc")
                .check(status().is(200), substring("télédossiers").exists());
        var recherche = http("#{etape}liste : recherche par nom").get("/gs/teledossiers")
                .queryParam("q", session -> NOMS.get(ThreadLocalRandom.current().nextInt(NOMS.size())))
                .check(status().is(200), substring("télédossier").exists());
        var scenario = scenario("Liste de travail")
                // agent3.<commune> to agent62.<commune>: the 60 agents of the benchmark commune.
                .feed(Banc.comptes("agent%d." + Banc.COMMUNE + "@banc.exemple.fr", 3, Banc.CONCURRENCE).iterator())
                .exec(Banc.connexion("/gs"))
                // Reading: each agent reads for 4 to 6 s (5 on average) and starts on its own, as agents at work do;
                // all 50 clicking at the same millisecond every 5 s measured a burst, not agents reading.
                .exec(PAUSE == 0 ? Banc.mesure(exec(liste).exec(recherche))
                        : Banc.mesure(exec(liste).exec(lecture()).exec(recherche).exec(lecture()),
                                Duration.ofSeconds(PAUSE)));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(Banc.ECHAUFFEMENT / 2)))
                .protocols(Banc.protocole());
    }

    private static ChainBuilder lecture() {
        return exec(pause(Duration.ofMillis(PAUSE * 800L), Duration.ofMillis(PAUSE * 1200L)));
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("requete", "liste : page 1 triée", "pause", PAUSE));
    }
}
