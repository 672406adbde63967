package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.Simulation;

/** A citizen submits a procuration request (the form's final post, after the review page). */
public class ProcurationSimulation extends Simulation {

    {
        String scrutin = LocalDate.now().plusDays(45).toString();
        var depot = http("#{etape}procuration : dépôt").post("/procuration")
                .formParam("codePostal", "92000").formParam("communeInsee", Banc.COMMUNE)
                .formParam("nomNaissance", "Dupont").formParam("prenoms", "Jeanne Marie")
                .formParam("dateNaissance", "1980-05-03").formParam("lieuNaissance", "Nanterre")
                .formParam("modeMandataire", "NNE")
                .formParam("nneMandataire", session -> String.valueOf(100_000_001 + ThreadLocalRandom.current().nextInt(60_000)))
                .formParam("dateNaissanceMandataire", "1975-01-01")
                .formParam("portee", "UN_TOUR").formParam("debut", scrutin)
                .formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(status().is(302), headerRegex("Location", "/procuration/[0-9a-f-]{36}\\?deposee=1$").exists());
        var scenario = scenario("Procuration")
                .feed(Banc.comptes("usager%d@banc.exemple.fr", 50_001, Banc.CONCURRENCE).iterator())
                .exec(Banc.connexion(""))
                .exec(Banc.mesure(exec(depot)));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(Banc.ECHAUFFEMENT / 2)))
                .protocols(Banc.protocole());
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("requete", "procuration : dépôt"));
    }
}
