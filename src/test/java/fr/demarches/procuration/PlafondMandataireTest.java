package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.demarches.procuration.Controle.Statut;
import fr.demarches.procuration.PlafondMandataire.Etablie;
import fr.demarches.procuration.PlafondMandataire.Lien;

import org.junit.jupiter.api.Test;

/** Code électoral L73: one procuration established in France per mandataire over a period; the first one holds. */
class PlafondMandataireTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Instant LUNDI_9H = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant LUNDI_9H05 = Instant.parse("2027-03-01T08:05:00Z");
    private static final Instant MARDI_23H30 = Instant.parse("2027-03-02T22:30:00Z");
    private static final String IDENTIFIE =
            "par son numéro national d'électeur et sa date de naissance (NNE 123456789)";

    @Test
    void aProcurationNotYetEstablishedCannotBeCounted() {
        assertThat(PlafondMandataire.verifier(A, null, IDENTIFIE,
                List.of(new Etablie(B, "BBBBBB", LUNDI_9H, Lien.MEME_MANDATAIRE))).statut())
                .isEqualTo(Statut.INCONNU);
    }

    @Test
    void aloneItPasses() {
        var controle = PlafondMandataire.verifier(A, LUNDI_9H, IDENTIFIE, List.of());
        assertThat(controle.statut()).isEqualTo(Statut.REUSSI);
        assertThat(controle.raison()).contains("établies à l'étranger ne sont pas connues");
        assertThat(controle.libelle()).contains("L73");
    }

    @Test
    void theFirstEstablishedHoldsAndTheLaterOneFails() {
        assertThat(PlafondMandataire.verifier(A, LUNDI_9H, IDENTIFIE,
                List.of(new Etablie(B, "BBBBBB", LUNDI_9H05, Lien.MEME_MANDATAIRE))).statut())
                .isEqualTo(Statut.REUSSI);
        var plusTard = PlafondMandataire.verifier(B, LUNDI_9H05, IDENTIFIE,
                List.of(new Etablie(A, "AAAAAA", LUNDI_9H, Lien.MEME_MANDATAIRE)));
        assertThat(plusTard.statut()).isEqualTo(Statut.ECHEC);
        assertThat(plusTard.raison()).contains("AAAAAA, établie le 01/03/2027").contains("la première établie prévaut");
    }

    @Test
    void theDateShownIsTheParisDay() {
        // 22:30 UTC on Tuesday 2 March is 23:30 in Paris, still the 2nd; at 23:30 UTC it would be the 3rd.
        var controle = PlafondMandataire.verifier(A, MARDI_23H30.plusSeconds(3600), IDENTIFIE,
                List.of(new Etablie(B, "BBBBBB", MARDI_23H30, Lien.MEME_MANDATAIRE)));
        assertThat(controle.raison()).contains("établie le 02/03/2027");
    }

    @Test
    void aThirdOneCitesTheFirstEstablished() {
        var controle = PlafondMandataire.verifier(C, MARDI_23H30, IDENTIFIE,
                List.of(new Etablie(B, "BBBBBB", LUNDI_9H05, Lien.MEME_MANDATAIRE),
                        new Etablie(A, "AAAAAA", LUNDI_9H, Lien.MEME_MANDATAIRE)));
        assertThat(controle.statut()).isEqualTo(Statut.ECHEC);
        assertThat(controle.raison()).contains("AAAAAA");
    }

    @Test
    void atTheSameInstantTheSmallerIdentifierHoldsWhicheverIsAsked() {
        assertThat(PlafondMandataire.verifier(A, LUNDI_9H, IDENTIFIE,
                List.of(new Etablie(B, "BBBBBB", LUNDI_9H, Lien.MEME_MANDATAIRE))).statut())
                .isEqualTo(Statut.REUSSI);
        assertThat(PlafondMandataire.verifier(B, LUNDI_9H, IDENTIFIE,
                List.of(new Etablie(A, "AAAAAA", LUNDI_9H, Lien.MEME_MANDATAIRE))).statut())
                .isEqualTo(Statut.ECHEC);
    }

    @Test
    void theProcurationItselfInTheListIsIgnored() {
        assertThat(PlafondMandataire.verifier(A, LUNDI_9H05, IDENTIFIE,
                List.of(new Etablie(A, "AAAAAA", LUNDI_9H05, Lien.MEME_MANDATAIRE))).statut())
                .isEqualTo(Statut.REUSSI);
    }

    @Test
    void establishedMeansValidatedByAnOfficerAndNotRefusedCancelledOrExpired() {
        assertThat(EtatProcuration.ETABLIES).containsExactlyInAnyOrder(EtatProcuration.VALIDEE_AUTORITE,
                EtatProcuration.ACCEPTEE_COMMUNE);
        assertThat(EtatProcuration.noms(EtatProcuration.ETABLIES))
                .containsExactlyInAnyOrder("VALIDEE_AUTORITE", "ACCEPTEE_COMMUNE");
        assertThat(EtatProcuration.REFUSEE_COMMUNE.etablie()).isFalse();
        assertThat(EtatProcuration.RESILIEE.etablie()).isFalse();
        assertThat(EtatProcuration.EN_ATTENTE_AUTORITE.etablie()).isFalse();
    }

    @Test
    void aMandataireFoundOnNoListNeverPasses() {
        var controle = PlafondMandataire.verifier(A, LUNDI_9H, null, List.of());
        assertThat(controle.statut()).isEqualTo(Statut.INCONNU);
        assertThat(controle.raison()).contains("n'a pas été identifié").contains("autrement");
    }

    @Test
    void anUnidentifiedMandataireStillFailsOnAnEarlierProcurationWithTheSameDesignation() {
        assertThat(PlafondMandataire.verifier(B, LUNDI_9H05, null,
                List.of(new Etablie(A, "AAAAAA", LUNDI_9H, Lien.MEME_MANDATAIRE))).statut()).isEqualTo(Statut.ECHEC);
    }

    @Test
    void theAgentReadsHowTheMandataireWasIdentified() {
        assertThat(PlafondMandataire.verifier(A, LUNDI_9H, IDENTIFIE, List.of()).raison())
                .startsWith("Mandataire identifié par son numéro national d'électeur");
    }

    @Test
    void anEarlierProcurationPerhapsForTheSamePersonMakesItUnknownNotPassed() {
        var controle = PlafondMandataire.verifier(B, LUNDI_9H05, IDENTIFIE,
                List.of(new Etablie(A, "AAAAAA", LUNDI_9H, Lien.PEUT_ETRE)));
        assertThat(controle.statut()).isEqualTo(Statut.INCONNU);
        assertThat(controle.raison()).contains("AAAAAA, établie le 01/03/2027").contains("peut-être");
        // Established later, it does not stand in the way of the first one.
        assertThat(PlafondMandataire.verifier(A, LUNDI_9H, IDENTIFIE,
                List.of(new Etablie(B, "BBBBBB", LUNDI_9H05, Lien.PEUT_ETRE))).statut()).isEqualTo(Statut.REUSSI);
    }
}
