package fr.demarches.portail.panne;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;

class RetraitAvantArretTest {

    @Test
    void theInstanceKeepsServingForTheDelayBeforeTheWebServerStops() {
        var retrait = new RetraitAvantArret(portail(Duration.ofMillis(300)));
        retrait.start();
        assertThat(retrait.isRunning()).isTrue();

        long debut = System.nanoTime();
        retrait.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - debut)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(retrait.isRunning()).isFalse();
        // Lifecycles stop from the highest phase down: the wait comes before the web server's graceful shutdown.
        assertThat(retrait.getPhase()).isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
    }

    @Test
    void withoutDelayTheStopIsImmediate() {
        var retrait = new RetraitAvantArret(portail(Duration.ZERO));
        retrait.start();
        long debut = System.nanoTime();
        retrait.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - debut)).isLessThan(Duration.ofMillis(100));
    }

    private static fr.demarches.portail.internal.ProprietesPortail portail(Duration retrait) {
        return new fr.demarches.portail.internal.ProprietesPortail(java.net.URI.create("http://localhost:8080"),
                new fr.demarches.portail.internal.ProprietesPortail.Indisponibilite(Duration.ofSeconds(30), retrait),
                null, null);
    }
}
