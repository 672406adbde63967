package fr.demarches.shared;

import java.time.ZoneId;

/** Every date a user sees or a rule counts is in metropolitan French time. */
public final class Fuseau {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Fuseau() {
    }
}
