package fr.demarches.procuration;

import java.time.Instant;

/** The officer or the unit made too many reference look-ups recently. */
public final class RechercheLimiteeException extends RefusProcuration {

    private final Instant jusqua;

    public RechercheLimiteeException(Instant jusqua) {
        super("Trop de recherches de référence en peu de temps pour vous ou votre unité.");
        this.jusqua = jusqua;
    }

    public Instant jusqua() {
        return jusqua;
    }
}
