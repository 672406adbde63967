package fr.demarches.echange.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.demarches.commune.ConnexionSftp;

import org.springframework.stereotype.Component;

/**
 * "Tester la connexion": what a push and a reading of the flux retour need, checked for real on the commune's
 * server: host key, authentication, a file written and removed in the deposit folder, the return folders
 * (created when missing). Each check passed is said in French; the first that fails stops the test.
 */
@Component
public class EssaiConnexion {

    private final ClientSftp client;

    EssaiConnexion(ClientSftp client) {
        this.client = client;
    }

    public List<String> essayer(ConnexionSftp connexion) throws ErreurSftp {
        var constats = new ArrayList<String>();
        try (var sftp = client.ouvrir(connexion)) {
            constats.add("Clé d'hôte conforme (" + connexion.empreinteHote() + ") et authentification acceptée ("
                    + (connexion.parCle() ? "clé privée" : "mot de passe") + ").");
            String dossier = connexion.dossier() == null ? "dossier personnel du compte" : connexion.dossier();
            String essai = ".essai-connexion-" + UUID.randomUUID() + ".tmp";
            try {
                sftp.deposer(connexion.dossier(), essai, sortie -> sortie.write("essai".getBytes()));
                sftp.supprimer(ConnexionOuverte.chemin(connexion.dossier(), essai));
            } catch (IOException e) {
                throw new ErreurSftp("Écriture impossible dans le dossier de dépôt (" + dossier + ") : "
                        + e.getMessage(), e);
            }
            constats.add("Écriture et renommage possibles dans le dossier de dépôt (" + dossier + ").");
            var dossiers = new FluxRetour.Dossiers(connexion);
            var crees = new ArrayList<String>();
            try {
                for (String d : List.of(dossiers.retour, dossiers.enCours, dossiers.traites, dossiers.erreurs)) {
                    if (sftp.creerDossier(d)) {
                        crees.add(d);
                    }
                }
            } catch (IOException e) {
                throw new ErreurSftp("Dossiers du flux retour impossibles à créer sous " + dossiers.retour + " : "
                        + e.getMessage(), e);
            }
            constats.add("Dossiers du flux retour présents sous " + dossiers.retour
                    + (crees.isEmpty() ? "." : " (créés : " + String.join(", ", crees) + ")."));
        }
        return constats;
    }
}
