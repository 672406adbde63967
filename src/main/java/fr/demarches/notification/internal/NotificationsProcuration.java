package fr.demarches.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.demarches.commune.Raccordements;
import fr.demarches.notification.internal.EnvoiCourriel.Courriel;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.EtatProcurationChange;
import fr.demarches.procuration.ProcurationDemandee;
import fr.demarches.procuration.ResiliationRefusee;
import fr.demarches.shared.Fuseau;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of a procuration: the reference to the mandant, each decision to the mandant, and to the commune's
 * mailbox a notice naming only the reference (personal data stays behind the Gestionnaire de Suivi's login).
 */
@Component
class NotificationsProcuration {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)
            .withZone(Fuseau.PARIS);

    private final EnvoiCourriel courriel;
    private final Raccordements raccordements;

    NotificationsProcuration(EnvoiCourriel courriel, Raccordements raccordements) {
        this.courriel = courriel;
        this.raccordements = raccordements;
    }

    @ApplicationModuleListener(id = "procuration-reference")
    void envoyerReference(ProcurationDemandee demande) {
        courriel.envoyer(demande.courrielMandant(),
                (demande.resiliation() ? "Résiliation de procuration" : "Procuration") + " - référence "
                        + demande.reference() + " à présenter",
                "procuration-reference",
                Map.of("reference", demande.reference(), "resiliation", demande.resiliation(),
                        "expireLe", DATE.format(demande.expireLe())));
    }

    /** The procuration stays as it was: only the mandant hears of it, the commune has nothing to do. */
    @ApplicationModuleListener(id = "procuration-resiliation-refusee")
    void informer(ResiliationRefusee refus) {
        courriel.envoyer(refus.courrielMandant(), "Procuration " + refus.reference() + " : résiliation refusée",
                "procuration-resiliation-refusee", Map.of("reference", refus.reference(), "motif", refus.motif()));
    }

    /**
     * The mails of a change in one listener (one publication to record, claim and complete instead of two) and one
     * SMTP connection: the mandant's, then the commune's notice. Should one fail, the others still leave, and the
     * retry sends them all again with their {@code Message-ID}s (see {@link EnvoiCourriel}), which mail clients drop.
     */
    @ApplicationModuleListener(id = "procuration-etat")
    void informer(EtatProcurationChange changement) {
        var courriels = new ArrayList<Courriel>();
        if (changement.validationIncluse()) {
            // Validated then accepted at once: the validation's mails first, as when each had its event.
            ajouter(changement.validation(), courriels);
        }
        ajouter(changement, courriels);
        courriel.envoyer(courriels);
    }

    private void ajouter(EtatProcurationChange changement, List<Courriel> courriels) {
        courriels.add(auMandant(changement));
        aLaCommune(changement).ifPresent(courriels::add);
    }

    private Courriel auMandant(EtatProcurationChange changement) {
        var variables = new HashMap<String, Object>();
        variables.put("reference", changement.reference());
        variables.put("etat", changement.etat().libelle());
        variables.put("motif", changement.motif());
        variables.put("enLigne", changement.enLigne() && changement.etat() == EtatProcuration.VALIDEE_AUTORITE);
        return new Courriel(changement.courrielMandant(),
                "Procuration " + changement.reference() + " : " + (changement.enLigne()
                        && changement.etat() == EtatProcuration.VALIDEE_AUTORITE ? "établie en ligne"
                                : changement.etat().libelle()),
                "procuration-etat", variables);
    }

    private Optional<Courriel> aLaCommune(EtatProcurationChange changement) {
        if (changement.etat() != EtatProcuration.VALIDEE_AUTORITE && changement.etat() != EtatProcuration.RESILIEE) {
            return Optional.empty();
        }
        boolean resiliee = changement.etat() == EtatProcuration.RESILIEE;
        String sujet = "Procuration " + changement.reference() + (resiliee ? " : résiliation reçue"
                : changement.enLigne() ? " : procuration établie en ligne à traiter" : " : procuration à traiter");
        var variables = Map.<String, Object>of("reference", changement.reference(), "resiliee", resiliee,
                "enLigne", changement.enLigne());
        return BoiteCommune.de(changement.boiteCommune(), changement.communeInsee(), raccordements)
                .map(b -> new Courriel(b, sujet, "procuration-avis-commune", variables));
    }
}
