package fr.demarches.notification.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import fr.demarches.commune.RaccordementAccepte;
import fr.demarches.commune.RaccordementDemande;
import fr.demarches.commune.RaccordementRefuse;
import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.Espace;
import fr.demarches.compte.Jetons;
import fr.demarches.compte.LienMotDePasseDemande;
import fr.demarches.compte.ObjetJeton;
import fr.demarches.compte.ProprietesComptes;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails of the administration: connection accepted or refused, links to set a password. The set-password token
 * is issued here, in the listener's own transaction, so only its hash is ever stored: a retried delivery issues a
 * fresh link, which supersedes the one of the failed attempt.
 */
@Component
class CourrielsAdministration {

    private final EnvoiCourriel envoi;
    private final Jetons jetons;
    private final AdministrationComptes comptes;
    private final String urlPublique;
    private final Duration validite;

    CourrielsAdministration(EnvoiCourriel envoi, Jetons jetons, AdministrationComptes comptes,
            ProprietesNotifications notifications, ProprietesComptes proprietesComptes) {
        this.envoi = envoi;
        this.jetons = jetons;
        this.comptes = comptes;
        this.urlPublique = notifications.urlPublique();
        this.validite = proprietesComptes.validiteLienMotDePasse();
    }

    @ApplicationModuleListener(id = "raccordement-demande-accuse")
    void raccordementDemande(RaccordementDemande e) {
        envoi.envoyer(e.contactCourriel(), "Demande de raccordement de " + e.commune() + " reçue (" + e.reference() + ")",
                "raccordement-demande", Map.of("commune", e.commune(), "reference", e.reference()));
    }

    @ApplicationModuleListener(id = "raccordement-accepte-administrateur")
    void raccordementAccepte(RaccordementAccepte e) {
        envoi.envoyer(e.administrateurCourriel(), "Raccordement de " + e.commune() + " à Démarches en ligne",
                "raccordement-accepte", Map.of("commune", e.commune(), "dateEffet", e.dateEffet(),
                        "lien", lien(administrateur(e), Espace.MAIRIE), "jours", validite.toDays()));
    }

    @ApplicationModuleListener(id = "raccordement-accepte-demandeur")
    void raccordementAccepteDemandeur(RaccordementAccepte e) {
        if (e.contactCourriel().equalsIgnoreCase(e.administrateurCourriel())) {
            return;
        }
        envoi.envoyer(e.contactCourriel(), "Demande de raccordement de " + e.commune() + " acceptée",
                "raccordement-accepte-demandeur", Map.of("commune", e.commune(), "dateEffet", e.dateEffet(),
                        "administrateur", e.administrateurCourriel()));
    }

    @ApplicationModuleListener(id = "raccordement-refuse")
    void raccordementRefuse(RaccordementRefuse e) {
        envoi.envoyer(e.contactCourriel(), "Demande de raccordement de " + e.commune() + " refusée",
                "raccordement-refuse", Map.of("commune", e.commune(), "motif", e.motif()));
    }

    @ApplicationModuleListener(id = "lien-mot-de-passe")
    void lienMotDePasse(LienMotDePasseDemande e) {
        envoi.envoyer(e.courriel(), "Votre compte " + portail(e.espace()) + " : choisissez votre mot de passe",
                "definition-mot-de-passe", Map.of("nom", e.nomAffiche(), "portail", portail(e.espace()),
                        "identifiant", e.courriel(), "lien", lien(e.compteId(), e.espace()),
                        "jours", validite.toDays(), "reinitialisation", e.reinitialisation()));
    }

    /** Opened in the acceptance's transaction (see {@link RaccordementAccepte}), so it is there after the commit. */
    private UUID administrateur(RaccordementAccepte e) {
        return comptes.administrateurCommune(e.codeInsee(), e.administrateurCourriel()).orElseThrow();
    }

    private String lien(UUID compteId, Espace espace) {
        String jeton = jetons.emettre(compteId, ObjetJeton.DEFINITION_MOT_DE_PASSE, validite, null);
        return urlPublique + prefixe(espace) + "/mot-de-passe/definir?jeton=" + jeton;
    }

    private static String prefixe(Espace espace) {
        return switch (espace) {
            case MAIRIE -> "/gs";
            case POLICE -> "/police";
            case ADMINISTRATION -> "/admin";
            case USAGER -> "";
        };
    }

    private static String portail(Espace espace) {
        return switch (espace) {
            case MAIRIE -> "Gestionnaire de Suivi";
            case POLICE -> "Portail des autorités habilitées";
            case ADMINISTRATION -> "Administration de Démarches en ligne";
            case USAGER -> "Démarches en ligne";
        };
    }
}
