package fr.demarches.echange;

import java.util.EnumSet;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.FormulaireParametres;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.ServeurSftp;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts a commune in sFTP mode on the test server, and the little waits the exchange tests share. */
final class RaccordementSftp {

    static final String DEPOT = "depot";
    static final Acteur ADMIN = new Acteur("ADMIN", null, DonneesDeTest.ADMIN, "192.0.2.9");

    private RaccordementSftp() {
    }

    /** The commune receives by sFTP on the test server, password authentication, the server's key recorded. */
    static void raccorder(ParametresCommune parametres, String insee, ServeurSftp serveur) {
        raccorder(parametres, insee, serveur.port(), ServeurSftp.MOT_DE_PASSE, serveur.empreinte());
    }

    static void raccorder(ParametresCommune parametres, String insee, int port, String secret, String empreinte) {
        parametres.enregistrer(insee, new FormulaireParametres(EnumSet.allOf(Procedure.class), ModeRaccordement.SFTP,
                "elections@mairie-" + insee + ".exemple.fr", "127.0.0.1", String.valueOf(port), DEPOT,
                ServeurSftp.IDENTIFIANT, secret, false, false), ADMIN);
        if (empreinte != null) {
            parametres.enregistrerEmpreinteHote(insee, empreinte, ADMIN);
        }
    }

    /** A citizen's RCO request to the commune; waits until its event listeners (outbox, mails) are done. */
    static NumeroTeledossier deposer(Teledossiers teledossiers, JdbcClient jdbc, UUID usager, String insee) {
        var numero = teledossiers.deposer(new Depot(Procedure.RCO, usager, DonneesDeTest.USAGER, "Éloïse Gérard-Lefèvre",
                insee, Exemples.rco(), UUID.randomUUID()), "192.0.2.1");
        attendreEcouteurs(jdbc);
        return numero;
    }

    /** Listeners run after commit on other threads: waits until none is pending. */
    static void attendreEcouteurs(JdbcClient jdbc) {
        long fin = System.currentTimeMillis() + 10_000;
        while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single() > 0) {
            if (System.currentTimeMillis() > fin) {
                throw new AssertionError("Des écouteurs d'événements n'ont pas terminé");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
