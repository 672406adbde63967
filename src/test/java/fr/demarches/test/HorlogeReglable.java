package fr.demarches.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import fr.demarches.shared.Fuseau;

/** The application's clock in tests: real time until a test sets it, back to real time on {@link #reinitialiser()}. */
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
        return f != null ? f : Instant.now();
    }

    public void fixer(ZonedDateTime moment) {
        fixe = moment.toInstant();
    }

    public void avancer(java.time.Duration duree) {
        fixe = instant().plus(duree);
    }

    public void reinitialiser() {
        fixe = null;
    }
}
