package fr.demarches.teledossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.DemandeComplements;
import fr.demarches.teledossier.DonneeACorriger;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.IssueInvalide;
import fr.demarches.teledossier.IssueTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.ReponseImpossible;
import fr.demarches.teledossier.regles.ConservationElements;

import org.junit.jupiter.api.Test;

/** The dossier's own rules for the conversation: asking, answering, closing with an outcome. */
class ConversationTeledossierTest {

    private static final Instant DEPOT = Instant.parse("2026-03-02T09:00:00Z");
    private static final ConservationElements TRENTE_JOURS = new ConservationElements(Duration.ofDays(30));
    private static final DemandeComplements FACTURE = new DemandeComplements("Facture de plus de 3 mois.",
            Set.of(TypeDocument.JUSTIFICATIF_DOMICILE), Set.of(DonneeACorriger.ADRESSE));

    @Test
    void anAnswerGoesBackToReceivedAndRestartsTheRetentionFromItsArrival() {
        var dossier = dossier(Procedure.ILE);
        dossier.demanderComplements(FACTURE, "agent", DEPOT.plus(Duration.ofDays(20)), TRENTE_JOURS);
        assertThat(dossier.getEtat()).isEqualTo(EtatTeledossier.ATTENTE_ELEMENTS);
        var arrivee = DEPOT.plus(Duration.ofDays(28));
        var entree = dossier.recevoirComplement("Voici la facture.", null, arrivee, TRENTE_JOURS);

        assertThat(entree.getType()).isEqualTo(EntreeHistorique.Type.COMPLEMENT);
        assertThat(dossier.getEtat()).isEqualTo(EtatTeledossier.RECU);
        assertThat(dossier.isReponseALire()).isTrue();
        assertThat(dossier.getConservationDepuis()).isEqualTo(arrivee);
        // Day 31 after the submission: still available (30 days from the complement), until the complement + 30 days.
        assertThat(dossier.elementsDisponibles(DEPOT.plus(Duration.ofDays(31)), TRENTE_JOURS)).isTrue();
        assertThat(dossier.elementsDisponibles(arrivee.plus(Duration.ofDays(30)).minusSeconds(1), TRENTE_JOURS)).isTrue();
        assertThat(dossier.elementsDisponibles(arrivee.plus(Duration.ofDays(30)), TRENTE_JOURS)).isFalse();
        // The agent's next action takes the answer off the "to read" count.
        dossier.changerEtat(EtatTeledossier.EN_COURS, null, "agent", arrivee.plusSeconds(60), TRENTE_JOURS);
        assertThat(dossier.isReponseALire()).isFalse();
    }

    @Test
    void nothingIsAnsweredThatWasNotAskedNorAskedOnceTheElementsArePurged() {
        var dossier = dossier(Procedure.ILE);
        assertThatThrownBy(() -> dossier.recevoirComplement("Bonjour", null, DEPOT, TRENTE_JOURS))
                .isInstanceOf(ReponseImpossible.class);
        assertThatThrownBy(() -> dossier.demanderComplements(FACTURE, "agent", DEPOT.plus(Duration.ofDays(30)),
                TRENTE_JOURS)).isInstanceOf(ReponseImpossible.class);
        assertThat(dossier.getEtat()).isEqualTo(EtatTeledossier.TRANSMIS);
        dossier.demanderComplements(FACTURE, "agent", DEPOT.plus(Duration.ofDays(29)), TRENTE_JOURS);
        // Asked on day 29, answered after the delay: too late, the pieces could not be received.
        assertThatThrownBy(() -> dossier.recevoirComplement("Voici", null, DEPOT.plus(Duration.ofDays(30)), TRENTE_JOURS))
                .isInstanceOf(ReponseImpossible.class);
        assertThat(dossier.getEtat()).isEqualTo(EtatTeledossier.ATTENTE_ELEMENTS);

        // Through the state list or the flux retour, the same rule: only while it can be answered.
        var autre = dossier(Procedure.ILE);
        assertThatThrownBy(() -> autre.changerEtat(EtatTeledossier.ATTENTE_ELEMENTS, "La facture ?", "agent",
                DEPOT.plus(Duration.ofDays(30)), TRENTE_JOURS)).isInstanceOf(ReponseImpossible.class);
        assertThat(autre.getEtat()).isEqualTo(EtatTeledossier.TRANSMIS);
    }

    @Test
    void theFluxRetoursAddAwaitingIsARequestTheCitizenMayAnswer() {
        var dossier = dossier(Procedure.RCO);
        dossier.changerEtat(EtatTeledossier.ATTENTE_ELEMENTS, "Il manque le livret de famille.", "logiciel", DEPOT,
                TRENTE_JOURS);
        assertThat(dossier.getHistorique().getLast().getType()).isEqualTo(EntreeHistorique.Type.DEMANDE_COMPLEMENTS);
        dossier.recevoirComplement("Le voici.", null, DEPOT.plusSeconds(3600), TRENTE_JOURS);
        assertThat(dossier.getEtat()).isEqualTo(EtatTeledossier.RECU);
    }

    @Test
    void closingTakesAnOutcomeOfTheProcedureAndARefusalItsReason() {
        var ile = dossier(Procedure.ILE);
        assertThatThrownBy(() -> ile.cloturer(IssueTeledossier.RECENSEMENT_EFFECTUE, null, "agent", DEPOT))
                .isInstanceOf(IssueInvalide.class);
        assertThatThrownBy(() -> ile.cloturer(IssueTeledossier.INSCRIPTION_REFUSEE, " ", "agent", DEPOT))
                .isInstanceOf(IssueInvalide.class);
        assertThat(ile.getEtat()).isEqualTo(EtatTeledossier.TRANSMIS);
        ile.cloturer(IssueTeledossier.INSCRIPTION_REFUSEE, "Pas d'attache avec la commune.", "agent", DEPOT);
        assertThat(ile.getEtat()).isEqualTo(EtatTeledossier.CLOS);
        assertThat(ile.getIssue()).isEqualTo(IssueTeledossier.INSCRIPTION_REFUSEE);
        assertThat(ile.getHistorique().getLast().getCommentaire()).isEqualTo("Pas d'attache avec la commune.");
        // Reopening forgets the outcome: the next closing decides again.
        ile.rouvrir(EtatTeledossier.EN_COURS, "Erreur de saisie", "admin", DEPOT.plusSeconds(60));
        assertThat(ile.getIssue()).isNull();

        var rco = dossier(Procedure.RCO);
        rco.cloturer(IssueTeledossier.RECENSEMENT_EFFECTUE, null, "agent", DEPOT);
        assertThat(rco.getIssue()).isEqualTo(IssueTeledossier.RECENSEMENT_EFFECTUE);

        // Found non-receivable: the young person is not recorded, and the outcome cannot say so.
        var nonRecevable = dossier(Procedure.RCO);
        nonRecevable.changerEtat(EtatTeledossier.NON_RECEVABLE, "Hors commune.", "agent", DEPOT, TRENTE_JOURS);
        assertThatThrownBy(() -> nonRecevable.cloturer(IssueTeledossier.RECENSEMENT_EFFECTUE, null, "agent", DEPOT))
                .isInstanceOf(IssueInvalide.class).hasMessageContaining("Recensement non effectué");
        nonRecevable.cloturer(IssueTeledossier.recensement(nonRecevable.getEtat()), null, "agent", DEPOT);
        assertThat(nonRecevable.getIssue()).isEqualTo(IssueTeledossier.RECENSEMENT_NON_EFFECTUE);
    }

    private static Teledossier dossier(Procedure procedure) {
        return new Teledossier(NumeroTeledossier.tirer(), procedure, UUID.randomUUID(), "camille@exemple.fr",
                "Camille Martin", "92050", "{}", UUID.randomUUID(), false, DEPOT);
    }
}
