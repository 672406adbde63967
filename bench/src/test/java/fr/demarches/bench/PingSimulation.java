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
                ? http("#{etape}plafond : octets").get("/bench/octets?taille=" + OCTETS).check(status().is(200),
                        bodyLength().is((int) OCTETS))
                : http("#{etape}plafond : ping").get("/bench/ping").check(status().is(200));
        var scenario = scenario("Plafond du cadre").exec(Banc.mesure(exec(requete)));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(2))).protocols(Banc.protocole());
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("octets_par_reponse", OCTETS));
    }
}
