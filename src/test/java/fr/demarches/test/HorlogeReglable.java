package fr.demarches.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import fr.demarches.shared.Fuseau;

/**
 * The application's clock in tests: real time until a test sets it, back to real time on {@link #reinitialiser()}.
 * It ticks in microseconds, PostgreSQL's precision: an instant the application writes reads back the same (a
 * timestamp rounded up by the database made "days left" one more at an exact boundary, now and then).
 */
public class HorlogeReglable extends Clock {

    private volatile Instant fixe;

    @Override
    public ZoneId getZone() {
        return Fuseau.PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("L'application compte en heure de Paris");
    }

    @Override
    public Instant instant() {
        Instant f = fixe;
        return f != null ? f : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void fixer(ZonedDateTime moment) {
        fixe = moment.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    public void avancer(java.time.Duration duree) {
        fixe = instant().plus(duree).truncatedTo(ChronoUnit.MICROS);
    }

    public void reinitialiser() {
        fixe = null;
    }
}
