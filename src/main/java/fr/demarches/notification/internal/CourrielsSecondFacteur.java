package fr.demarches.notification.internal;

import java.util.Map;

import fr.demarches.compte.CodeVerificationDemande;
import fr.demarches.compte.CodesVerification;
import fr.demarches.compte.Espace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The verification code of a Gestionnaire de Suivi or officers' portal login, minted as the mail leaves. Under the demo profile only,
 * the code is also written to the log at INFO, so the demonstration works without any SMTP server; a failed send
 * is then not retried (the code in the log is the one that works).
 */
@Component
class CourrielsSecondFacteur {

    private static final Logger LOG = LoggerFactory.getLogger(CourrielsSecondFacteur.class);

    private final EnvoiCourriel envoi;
    private final CodesVerification codes;
    private final boolean demo;

    CourrielsSecondFacteur(EnvoiCourriel envoi, CodesVerification codes, Environment environnement) {
        this.envoi = envoi;
        this.codes = codes;
        this.demo = environnement.matchesProfiles("demo");
    }

    @ApplicationModuleListener(id = "code-verification")
    void code(CodeVerificationDemande demande) {
        codes.emettre(demande).ifPresent(code -> {
            if (demo) {
                LOG.info("Profil demo : code de vérification de {} : {} (valable {} minutes)", demande.courriel(), code,
                        CodesVerification.VALIDITE.toMinutes());
            }
            try {
                boolean officier = demande.espace() == Espace.POLICE;
                String portail = officier ? "Portail des autorités habilitées" : "Gestionnaire de Suivi";
                envoi.envoyer(demande.courriel(), "Votre code de vérification pour le " + portail, "code-verification",
                        Map.of("nom", demande.nomAffiche(), "code", code, "portail", portail,
                                "minutes", CodesVerification.VALIDITE.toMinutes(), "recours", officier
                                        ? "l'administrateur de la plateforme, qui peut réinitialiser votre mot de passe"
                                        : "l'administrateur de votre commune, qui peut réinitialiser votre mot de passe"));
            } catch (MailException e) {
                if (!demo) {
                    throw e;
                }
                LOG.warn("Profil demo : courriel du code non envoyé (serveur SMTP injoignable ?) ; "
                        + "le code figure dans la ligne précédente");
            }
        });
    }
}
