package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The application's clock gives what PostgreSQL keeps: microseconds, in Paris time. */
class HorlogeTest {

    @Test
    void itTicksInMicrosecondsInParisTime() {
        var horloge = new SocleConfig().horloge();
        assertThat(horloge.getZone()).isEqualTo(Fuseau.PARIS);
        // A system clock gives nanoseconds on Linux: a thousand readings would not all fall on a microsecond.
        assertThat(Stream.generate(horloge::instant).limit(1_000).map(Instant::getNano))
                .allSatisfy(nanos -> assertThat(nanos % 1_000).isZero());
        assertThat(horloge.instant()).isBetween(Instant.now().minusSeconds(1), Instant.now());
    }
}
