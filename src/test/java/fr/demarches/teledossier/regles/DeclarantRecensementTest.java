package fr.demarches.teledossier.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.demarches.teledossier.elements.Declarant.Qualite;

import org.junit.jupiter.api.Test;

class DeclarantRecensementTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 1);

    @Test
    void aParentFilesForAMinorOnly() {
        assertThat(DeclarantRecensement.admis(Qualite.MERE, LocalDate.of(2008, 3, 2), AUJOURDHUI)).isTrue();
        assertThat(DeclarantRecensement.admis(Qualite.MERE, LocalDate.of(2008, 3, 1), AUJOURDHUI)).isFalse();
        assertThat(DeclarantRecensement.admis(Qualite.PERE, LocalDate.of(2002, 1, 10), AUJOURDHUI)).isFalse();
    }

    @Test
    void aLegalRepresentativeMayFileForAProtectedAdult() {
        assertThat(DeclarantRecensement.admis(Qualite.REPRESENTANT_LEGAL, LocalDate.of(2002, 1, 10), AUJOURDHUI)).isTrue();
    }
}
