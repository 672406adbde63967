package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import fr.demarches.scrutin.CalendrierElectoral;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.DonneesIle.CasParticulier;
import fr.demarches.teledossier.elements.DonneesIle.InscriptionTardive;

import org.junit.jupiter.api.Test;

class CasParticuliersIleTest {

    /** Municipales of 15 and 22 March 2026: online until Wednesday 4 February, L30 until Thursday 5 March. */
    private static final LocalDate PREMIER_TOUR = LocalDate.of(2026, 3, 15);
    private static final ScrutinVue MUNICIPALES = new ScrutinVue(UUID.randomUUID(), "Élections municipales 2026",
            TypeScrutin.MUNICIPALES, PREMIER_TOUR, LocalDate.of(2026, 3, 22),
            CalendrierElectoral.dateLimiteInscriptionEnLigne(PREMIER_TOUR), false, true, List.of());

    @Test
    void theQuestionIsAskedOnlyBetweenTheUsualDeadlineAndTheTenthDayBeforeTheBallot() {
        assertThat(CasParticuliersIle.question(MUNICIPALES, paris(2026, 2, 4, 23, 59))).isFalse();
        assertThat(CasParticuliersIle.question(MUNICIPALES, paris(2026, 2, 5, 0, 0))).isTrue();
        assertThat(CasParticuliersIle.question(MUNICIPALES, paris(2026, 3, 5, 23, 59))).isTrue();
        assertThat(CasParticuliersIle.question(MUNICIPALES, paris(2026, 3, 6, 0, 0))).isFalse();
    }

    @Test
    void aGroundIsKeptOnlyForARequestSentInTheLateWindow() {
        assertThat(CasParticuliersIle.retenu(CasParticulier.MAJORITE, MUNICIPALES, paris(2026, 3, 5, 23, 59)))
                .contains(new InscriptionTardive(CasParticulier.MAJORITE, "Élections municipales 2026", PREMIER_TOUR,
                        LocalDate.of(2026, 3, 5)));
        assertThat(CasParticuliersIle.retenu(CasParticulier.MAJORITE, MUNICIPALES, paris(2026, 3, 6, 0, 0))).isEmpty();
        assertThat(CasParticuliersIle.retenu(CasParticulier.MAJORITE, MUNICIPALES, paris(2026, 1, 20, 12, 0))).isEmpty();
        assertThat(CasParticuliersIle.retenu(null, MUNICIPALES, paris(2026, 2, 20, 12, 0))).isEmpty();
    }

    @Test
    void acquiringFrenchNationalityIsOfferedToFrenchNationalsOnly() {
        assertThat(CasParticuliersIle.offerts(true)).containsExactly(CasParticulier.values());
        assertThat(CasParticuliersIle.offerts(false)).doesNotContain(CasParticulier.NATURALISATION)
                .contains(CasParticulier.DEMENAGEMENT_PROFESSIONNEL, CasParticulier.MAJORITE);
    }

    @Test
    void turningEighteenMeansNotEighteenYetOnTheUsualDeadline() {
        LocalDate limite = LocalDate.of(2026, 2, 4);
        assertThat(CasParticuliersIle.majoriteApresDateLimite(LocalDate.of(2008, 2, 5), limite)).isTrue();
        assertThat(CasParticuliersIle.majoriteApresDateLimite(LocalDate.of(2008, 2, 4), limite)).isFalse();
    }

    private static Instant paris(int annee, int mois, int jour, int heure, int minute) {
        return ZonedDateTime.of(annee, mois, jour, heure, minute, 0, 0, Fuseau.PARIS).toInstant();
    }
}
