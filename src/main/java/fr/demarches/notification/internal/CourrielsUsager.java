package fr.demarches.notification.internal;

import java.util.Map;

import fr.demarches.compte.EvenementsUsager.AdresseDejaInscrite;
import fr.demarches.compte.EvenementsUsager.ChangementCourrielDemande;
import fr.demarches.compte.EvenementsUsager.CompteUsagerSupprime;
import fr.demarches.compte.EvenementsUsager.ConfirmationCourrielDemandee;
import fr.demarches.compte.EvenementsUsager.MotDePasseModifie;
import fr.demarches.compte.EvenementsUsager.ReinitialisationMotDePasseDemandee;
import fr.demarches.compte.LiensParCourriel;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails about a citizen's account. A link is minted here, at the moment of sending (and committed just
 * before): a retried mail carries a fresh link that supersedes the unused one, and no usable token ever sits in
 * the event registry.
 */
@Component
class CourrielsUsager {

    private final EnvoiCourriel envoi;
    private final LiensParCourriel liens;

    CourrielsUsager(EnvoiCourriel envoi, LiensParCourriel liens) {
        this.envoi = envoi;
        this.liens = liens;
    }

    @ApplicationModuleListener(id = "courriel-confirmation-adresse")
    void confirmation(ConfirmationCourrielDemandee evenement) {
        liens.confirmationCourriel(evenement.compteId()).ifPresent(lien -> envoi.envoyer(evenement.courriel(),
                "Confirmez votre adresse électronique", "confirmation-adresse", Map.of("lien", lien)));
    }

    @ApplicationModuleListener(id = "courriel-adresse-deja-inscrite")
    void adresseDejaInscrite(AdresseDejaInscrite evenement) {
        envoi.envoyer(evenement.courriel(), "Votre adresse a déjà un compte", "adresse-deja-inscrite", Map.of());
    }

    @ApplicationModuleListener(id = "courriel-reinitialisation-mot-de-passe")
    void reinitialisation(ReinitialisationMotDePasseDemandee evenement) {
        liens.reinitialisationMotDePasse(evenement.compteId()).ifPresent(lien -> envoi.envoyer(evenement.courriel(),
                "Choisissez un nouveau mot de passe", "reinitialisation-mot-de-passe", Map.of("lien", lien)));
    }

    @ApplicationModuleListener(id = "courriel-mot-de-passe-modifie")
    void motDePasseModifie(MotDePasseModifie evenement) {
        envoi.envoyer(evenement.courriel(), "Votre mot de passe a été modifié", "mot-de-passe-modifie", Map.of());
    }

    @ApplicationModuleListener(id = "courriel-changement-adresse-lien")
    void changementAdresseLien(ChangementCourrielDemande evenement) {
        liens.changementCourriel(evenement.compteId(), evenement.nouveauCourriel()).ifPresent(lien -> envoi.envoyer(
                evenement.nouveauCourriel(), "Confirmez votre nouvelle adresse électronique", "changement-adresse-lien",
                Map.of("lien", lien)));
    }

    @ApplicationModuleListener(id = "courriel-changement-adresse-avis")
    void changementAdresseAvis(ChangementCourrielDemande evenement) {
        envoi.envoyer(evenement.ancienCourriel(), "Demande de changement de votre adresse électronique",
                "changement-adresse-avis", Map.of("nouvelleAdresse", evenement.nouveauCourriel()));
    }

    @ApplicationModuleListener(id = "courriel-compte-supprime")
    void compteSupprime(CompteUsagerSupprime evenement) {
        envoi.envoyer(evenement.courriel(), "Votre compte a été supprimé", "compte-supprime", Map.of());
    }
}
