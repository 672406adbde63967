package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegleAgeIleTest {

    @Test
    void anApplicantMustBeEighteenByTheDayBeforeTheFirstRound() {
        LocalDate premierTour = LocalDate.of(2026, 3, 15);
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(2008, 3, 14), premierTour)).isTrue();
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(2008, 3, 15), premierTour)).isFalse();
        assertThat(RegleAgeIle.majeurAuScrutin(LocalDate.of(1990, 7, 14), premierTour)).isTrue();
    }
}
