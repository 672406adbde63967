package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Map;

import io.gatling.javaapi.core.Simulation;

/**
 * The framework ceiling: the same tool, the same number of users, the same window, against the cheapest answers
 * of the same application. {@code banc.octets} > 0 streams that many bytes instead (the ZIP's ceiling in MB/s).
 */
public class PingSimulation extends Simulation {

    static final long OCTETS = Long.getLong("banc.octets", 0);

    {
        var requete = OCTETS > 0
                ? http("plafond : octets").get("/bench/octets?taille=" + OCTETS).check(status().is(200),
                        bodyLength().is((int) OCTETS))
                : http("plafond : ping").get("/bench/ping").check(status().is(200));
        var echauffement = OCTETS > 0 ? http("échauffement : octets").get("/bench/octets?taille=" + OCTETS)
                : http("échauffement : ping").get("/bench/ping");
        // The first scenario of a run: without a warm-up, its window opened on a JVM that had not compiled the path.
        var scenario = scenario("Plafond du cadre").exec(Banc.echauffement(exec(echauffement)))
                .exec(Banc.mesure(exec(requete)));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(2))).protocols(Banc.protocole());
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("octets_par_reponse", OCTETS));
    }
}
