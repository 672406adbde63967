package fr.demarches.portail.demarrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.demarches.DemarchesApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Starting without a reachable database stops at once with a short French explanation and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class VerificationBaseDeDonneesTest {

    @Test
    void anUnreachableDatabaseStopsTheStartWithAClearReport(CapturedOutput sortie) {
        var application = new SpringApplication(DemarchesApplication.class);
        assertThatThrownBy(() -> application.run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/demarches",
                "--spring.main.banner-mode=off"))
                .isInstanceOf(BaseDeDonneesInjoignableException.class);

        assertThat(sortie.getOut() + sortie.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Impossible de joindre PostgreSQL sur 127.0.0.1:1 (base « demarches », utilisateur « demarches »)")
                .contains("docker compose up -d")
                .doesNotContain("\tat org.postgresql");
    }
}
