package fr.demarches.procuration.internal;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.LimiteurTentatives;
import fr.demarches.procuration.Acteur;
import fr.demarches.procuration.EnumerationReferencesSoupconnee;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the references that match nothing, per officer and per unit, in PostgreSQL (shared by every instance).
 * The look-up limits stop a burst; this catches the slower pattern of trying references at random: the count
 * crossing its threshold writes an alert to the journal (the administrator's journal page shows the alerts) and
 * mails the platform administrators, once per window.
 */
@Component
public class SurveillanceRecherches {

    public static final String ALERTE = "ALERTE_ENUMERATION_REFERENCES";

    private final LimiteurTentatives compteurs;
    private final JournalAudit journal;
    private final ApplicationEventPublisher evenements;
    private final ProprietesProcurations.Surveillance seuils;
    private final TransactionTemplate transaction;

    SurveillanceRecherches(LimiteurTentatives compteurs, JournalAudit journal, ApplicationEventPublisher evenements,
            ProprietesProcurations proprietes, TransactionTemplate transaction) {
        this.compteurs = compteurs;
        this.journal = journal;
        this.evenements = evenements;
        this.seuils = proprietes.surveillance();
        this.transaction = transaction;
    }

    /**
     * One more reference of this officer that matched no pending request. Called outside any transaction: each
     * count commits with its alert, if it crosses the threshold (the journal entry and the mail's event). An alert
     * that fails takes its count back with it, so the next reference alerts again instead of never.
     */
    public void introuvable(Acteur officier) {
        transaction.executeWithoutResult(t -> {
            int parOfficier = compteurs.compter("procuration-introuvables-officier:" + officier.id(), seuils.fenetre());
            if (parOfficier == seuils.introuvablesParOfficier()) {
                alerter(officier, "COMPTE", String.valueOf(officier.id()), "par l'officier " + officier.libelle(),
                        new EnumerationReferencesSoupconnee(officier.libelle(), officier.uniteId(), parOfficier,
                                seuils.fenetre()));
            }
        });
        transaction.executeWithoutResult(t -> {
            int parUnite = compteurs.compter("procuration-introuvables-unite:" + officier.uniteId(), seuils.fenetre());
            if (parUnite == seuils.introuvablesParUnite()) {
                alerter(officier, "UNITE", String.valueOf(officier.uniteId()), "par les officiers de l'unité "
                        + officier.uniteId() + " (dernier : " + officier.libelle() + ")",
                        new EnumerationReferencesSoupconnee(null, officier.uniteId(), parUnite, seuils.fenetre()));
            }
        });
    }

    private void alerter(Acteur officier, String objetType, String objetId, String par,
            EnumerationReferencesSoupconnee alerte) {
        journal.enregistrer(new EntreeAudit("POLICE", officier.id(), officier.libelle(), ALERTE, objetType, objetId,
                alerte.introuvables() + " références sans demande en attente saisies en moins de "
                        + seuils.fenetre().toMinutes() + " minutes " + par + " : essais au hasard possibles.",
                officier.ip()));
        evenements.publishEvent(alerte);
    }
}
