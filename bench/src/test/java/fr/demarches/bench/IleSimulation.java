package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Map;

import io.gatling.javaapi.core.Simulation;

/**
 * A citizen sends an ILE request (the final step: review accepted, "Envoyer"), with two 300 KB pieces chosen in the
 * document space. Sending deletes the draft, so each iteration first posts the last form step again with every
 * answer (one request, measured apart); only "ILE : envoi" is the scenario's figure.
 */
public class IleSimulation extends Simulation {

    {
        // Citizens 1..20 000 own the two pieces; their document ids are in usagers-ile.csv.
        var brouillon = http("#{etape}ILE : étape commune (brouillon)").post("/demarches/ile/commune")
                .formParam("nationalite", "FRANCAISE")
                .formParam("sexe", "F")
                // Names spread like the data set's, so that the submissions do not skew the list's name search.
                .formParam("nomNaissance", session -> ListeSimulation.NOMS_DEPOT.get(
                        java.util.concurrent.ThreadLocalRandom.current().nextInt(ListeSimulation.NOMS_DEPOT.size())))
                .formParam("prenoms", "Camille Marie")
                .formParam("dateNaissance", "14/07/1990").formParam("lieuNaissance", "FRANCE")
                .formParam("codePostalNaissance", "92000").formParam("naissanceCommuneInsee", "92050")
                .formParam("adresse", "7 rue des Tilleuls").formParam("codePostal", "92000")
                .formParam("communeInsee", "92050").formParam("attache", "DOMICILE")
                .formParam("codePostalInscription", "92000").formParam("communeInscription", Banc.COMMUNE)
                .formParam("pieceIdentite", "#{pieceIdentite}").formParam("pieceAttache", "#{pieceAttache}")
                .formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(status().is(302), headerRegex("Location", "/demarches/ile/pieces$").exists());
        var envoi = http("#{etape}ILE : envoi").post("/demarches/ile/envoi")
                .formParam("engagement", "true")
                .formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(status().is(302), headerRegex("Location", "/demarches/confirmation/A-\\d-\\w{8}$").exists());
        var scenario = scenario("ILE")
                .feed(csvFeeder())
                .exec(Banc.connexion(""))
                .exec(Banc.mesure(exec(brouillon).exec(envoi)));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(Banc.ECHAUFFEMENT / 2)))
                .protocols(Banc.protocole());
    }

    private static io.gatling.javaapi.core.FeederBuilder<String> csvFeeder() {
        return io.gatling.javaapi.core.CoreDsl.csv(Banc.fichier("usagers-ile.csv")).queue();
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("requete", "ILE : envoi"));
    }
}
