package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Map;

import io.gatling.javaapi.core.Simulation;

/**
 * An officer types the reference the mandant shows, checks the identity, validates, and reads the outcome on the
 * home page. The three requests form the group "officier : recherche et validation", the scenario's figure.
 * Officers of distinct units (one per user), so that no unit's look-up counter is shared by all users.
 */
public class OfficierSimulation extends Simulation {

    {
        var action = group("#{etape}officier : recherche et validation").on(
                exec(http("#{etape}officier : recherche").post("/police/procurations/recherche")
                        .formParam("reference", "#{reference}").formParam("_csrf", "#{csrf}")
                        .check(status().is(200), css("input[name='reference'][type='hidden']", "value").isEL("#{reference}")))
                .exec(http("#{etape}officier : validation").post("/police/procurations/decision")
                        .formParam("reference", "#{reference}").formParam("decision", "valider")
                        .formParam("pieceType", "CNI").formParam("pieceNumero", "123456789012")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), substring("est validée").exists())));
        var scenario = scenario("Officier")
                // officierN.banc: N odd = the OPJ of unit (N + 1) / 2.
                .feed(Banc.comptes("officier%d.banc", 1, 2 * Banc.CONCURRENCE).stream()
                        .filter(c -> ((String) c.get("identifiant")).matches("officier\\d*[13579]\\.banc")).iterator())
                .exec(Banc.connexion("/police"))
                .exec(Banc.mesure(feed(csv(Banc.fichier("references.csv")).queue()).exec(action)));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(Banc.ECHAUFFEMENT / 2)))
                .protocols(Banc.protocole());
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("requete", "officier : recherche et validation"));
    }
}
