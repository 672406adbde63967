package fr.demarches.teledossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The settings are checked when the application starts: a missing or useless delay stops it with a clear cause. */
class ProprietesTeledossiersTest {

    private final ApplicationContextRunner contexte = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Activation.class);

    @Test
    void validDelaysAreBound() {
        contexte.withPropertyValues("app.teledossiers.duree-elements=30d", "app.teledossiers.duree-brouillons=183d")
                .run(c -> assertThat(c.getBean(ProprietesTeledossiers.class).conservation().duree())
                        .isEqualTo(Duration.ofDays(30)));
    }

    @Test
    void aMissingOrZeroDelayStopsTheStart() {
        contexte.withPropertyValues("app.teledossiers.duree-brouillons=183d")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause().hasMessageContaining("dureeElements"));
        contexte.withPropertyValues("app.teledossiers.duree-elements=0d", "app.teledossiers.duree-brouillons=183d")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause().hasMessageContaining("dureeElements"));
    }

    @EnableConfigurationProperties(ProprietesTeledossiers.class)
    static class Activation {
    }
}
