package fr.demarches.portail.demarrage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What a start in Spring's AOT mode refuses: what would add beans the build did not generate. */
class VerificationModeAotTest {

    @Test
    void productionSettingsAreAccepted() {
        var env = new MockEnvironment().withProperty("server.forward-headers-strategy", "native");
        env.setActiveProfiles("prod");

        assertThat(VerificationModeAot.incompatibilite(env)).isEmpty();
    }

    @Test
    void theDemoAndBenchProfilesAreRefused() {
        for (String profil : new String[] {"demo", "bench"}) {
            var env = new MockEnvironment();
            env.setActiveProfiles("prod", profil);

            assertThat(VerificationModeAot.incompatibilite(env)).hasValueSatisfying(
                    raison -> assertThat(raison).contains("« " + profil + " »"));
        }
    }

    @Test
    void theFrameworkForwardedHeadersStrategyIsRefused() {
        var env = new MockEnvironment().withProperty("server.forward-headers-strategy", "FRAMEWORK");

        assertThat(VerificationModeAot.incompatibilite(env)).hasValueSatisfying(
                raison -> assertThat(raison).contains("SERVER_FORWARD_HEADERS_STRATEGY=framework"));
    }
}
