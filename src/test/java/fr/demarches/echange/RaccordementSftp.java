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


/** Puts a commune in sFTP mode on the test server, and sends it dossiers: what the exchange tests share. */
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

    /**
     * What every exchange test starts from: the shared server running with only {@code dossier} in it, the usual
     * actors, Nanterre in sFTP mode on that server.
     */
    static DonneesDeTest.Acteurs preparer(DonneesDeTest donnees, ParametresCommune parametres, ServeurSftp serveur,
            String dossier) throws java.io.IOException {
        serveur.demarrer();
        serveur.vider(dossier);
        var acteurs = donnees.acteurs();
        raccorder(parametres, DonneesDeTest.NANTERRE, serveur);
        return acteurs;
    }

    /** A citizen's RCO request to the commune; waits until its event listeners (outbox, mails) are done. */
    static NumeroTeledossier deposer(Teledossiers teledossiers, DonneesDeTest donnees, UUID usager, String insee) {
        var numero = teledossiers.deposer(new Depot(Procedure.RCO, usager, DonneesDeTest.USAGER, "Éloïse Gérard-Lefèvre",
                insee, Exemples.rco(), UUID.randomUUID()), "192.0.2.1");
        donnees.attendreLesEcouteurs();
        return numero;
    }
}
