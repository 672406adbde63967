package fr.demarches.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.Simulation;

/**
 * An agent downloads a dossier's elements (one streamed ZIP: CERFA, XML, three pieces of {@code banc.mo} MB each).
 * The bytes received are added up for the MB/s figure.
 */
public class ZipSimulation extends Simulation {

    static final int MO = Integer.getInteger("banc.mo", 1);
    static final AtomicLong OCTETS = new AtomicLong();
    static final AtomicLong REPONSES = new AtomicLong();

    {
        var telechargement = http("#{etape}ZIP : téléchargement").get("/gs/teledossiers/#{numero}/elements")
                .check(status().is(200), bodyLength().gt(3 * MO * 1_000_000).saveAs("taille"));
        var scenario = scenario("ZIP")
                .feed(Banc.comptes("agent%d." + Banc.COMMUNE + "@banc.exemple.fr", 3, Banc.CONCURRENCE).iterator())
                .exec(Banc.connexion("/gs"))
                .exec(Banc.mesure(feed(csv(Banc.fichier("dossiers-zip-" + MO + ".csv")).circular())
                        .exec(telechargement)
                        .exec(session -> {
                            long t = System.currentTimeMillis();
                            if (session.contains("taille") && t >= Banc.DEBUT && t <= Banc.DEBUT + Banc.DUREE * 1000L) {
                                OCTETS.addAndGet(session.getInt("taille"));
                                REPONSES.incrementAndGet();
                            }
                            return session.remove("taille");
                        })));
        setUp(scenario.injectOpen(rampUsers(Banc.CONCURRENCE).during(Banc.ECHAUFFEMENT / 2)))
                .protocols(Banc.protocole());
    }

    @Override
    public void after() {
        Banc.ecrireFenetre(Map.of("requete", "ZIP : téléchargement", "octets", OCTETS.get(), "reponses",
                REPONSES.get(), "mo_par_piece", MO));
    }
}
