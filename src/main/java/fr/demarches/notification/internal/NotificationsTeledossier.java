package fr.demarches.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.notification.internal.EnvoiCourriel.Courriel;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.ComplementRecu;
import fr.demarches.teledossier.DocumentDeposePourUsager;
import fr.demarches.teledossier.EtatTeledossierChange;
import fr.demarches.teledossier.TeledossierDepose;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of a télédossier's life. The commune's notice names only the procedure and the number, as the
 * sources require: the personal data stays behind the Gestionnaire de Suivi's login.
 */
@Component
class NotificationsTeledossier {

    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(Fuseau.PARIS);

    private final EnvoiCourriel courriel;
    private final Raccordements raccordements;
    private final Referentiel referentiel;

    NotificationsTeledossier(EnvoiCourriel courriel, Raccordements raccordements, Referentiel referentiel) {
        this.courriel = courriel;
        this.raccordements = raccordements;
        this.referentiel = referentiel;
    }

    /**
     * Both mails of a submission in one listener (one publication to record, claim and complete instead of two) and
     * one SMTP connection: the citizen's acknowledgement, then the commune's notice. Should one fail, the other still
     * leaves, and the retry sends both again with their {@code Message-ID}s (see {@link EnvoiCourriel}), which mail
     * clients drop.
     */
    @ApplicationModuleListener(id = "teledossier-depose")
    void depose(TeledossierDepose depot) {
        var courriels = new ArrayList<Courriel>();
        courriels.add(accuseReception(depot));
        avisCommune(depot).ifPresent(courriels::add);
        courriel.envoyer(courriels);
    }

    private Courriel accuseReception(TeledossierDepose depot) {
        String commune = referentiel.parCodeInsee(depot.communeInsee()).map(c -> c.nom()).orElse(depot.communeInsee());
        return new Courriel(depot.courrielUsager(),
                depot.procedure().name() + " - " + depot.numero() + " : votre demande a été transmise",
                "teledossier-accuse-reception",
                Map.of("numero", depot.numero(), "procedure", depot.procedure().libelle(), "commune", commune,
                        "deposeLe", DATE_HEURE.format(depot.deposeLe())));
    }

    private Optional<Courriel> avisCommune(TeledossierDepose depot) {
        return BoiteCommune.de(depot.boiteCommune(), depot.communeInsee(), raccordements).map(b -> new Courriel(b,
                depot.procedure().name() + " - " + depot.numero() + " : dossier à traiter",
                "teledossier-avis-commune",
                Map.of("numero", depot.numero(), "procedure", depot.procedure().libelle(),
                        "sftp", depot.remiseSftp())));
    }

    @ApplicationModuleListener(id = "teledossier-document-depose")
    void signalerDocument(DocumentDeposePourUsager depot) {
        courriel.envoyer(depot.courrielUsager(),
                depot.procedure().name() + " - " + depot.numero() + " : un document de votre mairie est disponible",
                "teledossier-document", Map.of("numero", depot.numero(), "procedure", depot.procedure().libelle(),
                        "fichier", depot.nomFichier()));
    }

    @ApplicationModuleListener(id = "teledossier-etat-change")
    void informerUsager(EtatTeledossierChange changement) {
        var variables = new java.util.HashMap<String, Object>();
        variables.put("numero", changement.numero());
        variables.put("procedure", changement.procedure().libelle());
        variables.put("etat", changement.etat().libelle());
        variables.put("commentaire", changement.commentaire());
        variables.put("attente", changement.etat() == fr.demarches.teledossier.EtatTeledossier.ATTENTE_ELEMENTS);
        variables.put("piecesDemandees", changement.piecesDemandees());
        variables.put("donneesDemandees", changement.donneesDemandees());
        variables.put("issue", changement.issue());
        variables.put("recours", changement.recours());
        courriel.envoyer(changement.courrielUsager(),
                changement.procedure().name() + " - " + changement.numero() + " : " + changement.etat().libelle()
                        + (changement.issue() == null ? "" : " - " + changement.issue()),
                "teledossier-etat", variables);
    }

    /** The citizen answered a request for complements: the commune's mailbox is told, number and procedure only. */
    @ApplicationModuleListener(id = "teledossier-complement-recu")
    void aviserComplement(ComplementRecu complement) {
        raccordements.de(complement.communeInsee()).ifPresent(raccordement -> courriel.envoyer(
                raccordement.boiteFonctionnelle(),
                complement.procedure().name() + " - " + complement.numero() + " : éléments complémentaires reçus",
                "teledossier-complement-commune",
                Map.of("numero", complement.numero(), "procedure", complement.procedure().libelle(),
                        "sftp", raccordement.mode() == fr.demarches.commune.ModeRaccordement.SFTP,
                        "rang", complement.rang())));
    }
}
