package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.demarches.procuration.Controle.Statut;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.TypeScrutin;

import org.junit.jupiter.api.Test;

/** Code électoral R74: a procuration covers one round, both rounds of one election, or a period. */
class CoherenceCalendrierTest {

    private static final String NANTERRE = "92050";
    private static final LocalDate PREMIER = LocalDate.of(2027, 4, 11);
    private static final LocalDate SECOND = LocalDate.of(2027, 4, 25);
    private static final List<ScrutinVue> CALENDRIER = List.of(
            new ScrutinVue(UUID.randomUUID(), "Présidentielle 2027", TypeScrutin.PRESIDENTIELLE, PREMIER, SECOND,
                    LocalDate.of(2027, 3, 3), false, true, List.of()),
            new ScrutinVue(UUID.randomUUID(), "Législatives 2027", TypeScrutin.LEGISLATIVES, LocalDate.of(2027, 6, 13),
                    LocalDate.of(2027, 6, 20), LocalDate.of(2027, 5, 5), false, true, List.of()));

    @Test
    void anEmptyCalendarCannotTell() {
        assertThat(CoherenceCalendrier.verifier(Portee.UN_TOUR, PREMIER, PREMIER, NANTERRE, List.of()).statut())
                .isEqualTo(Statut.INCONNU);
    }

    @Test
    void oneRoundMustBeARoundOfAnElection() {
        assertThat(CoherenceCalendrier.verifier(Portee.UN_TOUR, SECOND, SECOND, NANTERRE, CALENDRIER).raison())
                .isEqualTo("Le 25/04/2027 est un tour de : Présidentielle 2027.");
        var autreJour = CoherenceCalendrier.verifier(Portee.UN_TOUR, PREMIER.plusDays(1), PREMIER.plusDays(1),
                NANTERRE, CALENDRIER);
        assertThat(autreJour.statut()).isEqualTo(Statut.ECHEC);
        assertThat(autreJour.raison()).isEqualTo("Aucun scrutin n'a de tour le 12/04/2027.");
    }

    @Test
    void twoRoundsMustBeTheTwoRoundsOfOneElection() {
        assertThat(CoherenceCalendrier.verifier(Portee.DEUX_TOURS, PREMIER, SECOND, NANTERRE, CALENDRIER).statut())
                .isEqualTo(Statut.REUSSI);
        // The first round of one election and the second of another are not "the two rounds".
        var melange = CoherenceCalendrier.verifier(Portee.DEUX_TOURS, PREMIER, LocalDate.of(2027, 6, 20), NANTERRE,
                CALENDRIER);
        assertThat(melange.statut()).isEqualTo(Statut.ECHEC);
        assertThat(melange.raison()).isEqualTo("Aucun scrutin n'a ses deux tours le 11/04/2027 et le 20/06/2027.");
    }

    @Test
    void aPeriodSaysHowManyElectionsItCovers() {
        var periode = CoherenceCalendrier.verifier(Portee.PERIODE, LocalDate.of(2027, 4, 11),
                LocalDate.of(2027, 6, 12), NANTERRE, CALENDRIER);
        assertThat(periode.statut()).isEqualTo(Statut.REUSSI);
        assertThat(periode.raison()).isEqualTo("Période du 11/04/2027 au 12/06/2027 : 1 scrutin(s) du calendrier.");
        assertThat(CoherenceCalendrier.verifier(Portee.PERIODE, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                NANTERRE, CALENDRIER).raison()).endsWith(": 2 scrutin(s) du calendrier.");
    }

    @Test
    void onlyTheBallotsOfTheMandantsCommuneCount() {
        var partielle = new ScrutinVue(UUID.randomUUID(), "Municipales partielles de Lyon", TypeScrutin.MUNICIPALES,
                LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 21), LocalDate.of(2027, 2, 5), false, false,
                List.of("69123"));

        assertThat(CoherenceCalendrier.verifier(Portee.UN_TOUR, partielle.premierTour(), partielle.premierTour(),
                "69123", List.of(partielle)).statut()).isEqualTo(Statut.REUSSI);
        var ailleurs = CoherenceCalendrier.verifier(Portee.UN_TOUR, partielle.premierTour(), partielle.premierTour(),
                NANTERRE, List.of(partielle));
        assertThat(ailleurs.statut()).isEqualTo(Statut.INCONNU);
        assertThat(ailleurs.raison()).isEqualTo(
                "Aucun scrutin de la commune n'est inscrit au calendrier des scrutins de la plateforme.");
        assertThat(CoherenceCalendrier.verifier(Portee.UN_TOUR, partielle.premierTour(), partielle.premierTour(),
                NANTERRE, List.of(partielle, CALENDRIER.get(0))).statut()).isEqualTo(Statut.ECHEC);
    }
}
