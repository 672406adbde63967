package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Décret n° 2025-1059 du 3 novembre 2025: online establishment at the required level, from the décret's date. */
class EtablissementEnLigneTest {

    static final LocalDate APRES = LocalDate.of(2026, 3, 15);

    @Test
    void aCertifiedHighLevelSignInEstablishesOnlineFromTheDecretsDate() {
        assertThat(EtablissementEnLigne.possible("eidas3", "eidas3", APRES)).isTrue();
        assertThat(EtablissementEnLigne.possible("eidas3", "eidas3", LocalDate.of(2025, 11, 3))).isTrue();
        assertThat(EtablissementEnLigne.possible("eidas3", "eidas3", LocalDate.of(2025, 11, 2)))
                .as("avant le décret : toujours l'officier").isFalse();
    }

    @Test
    void aLowerLevelOrAPasswordKeepsTheReferencePath() {
        assertThat(EtablissementEnLigne.possible("eidas1", "eidas3", APRES)).isFalse();
        assertThat(EtablissementEnLigne.possible("eidas2", "eidas3", APRES)).isFalse();
        assertThat(EtablissementEnLigne.possible(null, "eidas3", APRES)).isFalse();
        assertThat(EtablissementEnLigne.possible("inconnu", "eidas3", APRES)).isFalse();
    }

    @Test
    void theRequiredLevelIsASettingAndAnUnknownOneNeverOpensTheOnlinePath() {
        assertThat(EtablissementEnLigne.possible("eidas2", "eidas2", APRES)).isTrue();
        assertThat(EtablissementEnLigne.possible("eidas3", "eidas2", APRES)).isTrue();
        assertThat(EtablissementEnLigne.possible("eidas3", "faute-de-frappe", APRES)).isFalse();
    }
}
