package fr.demarches.procuration;

import java.time.Instant;

/** The officer or the unit made too many reference look-ups recently. */
public class RechercheLimiteeException extends RuntimeException {

    private final Instant jusqua;

    public RechercheLimiteeException(Instant jusqua) {
        super("Trop de recherches de référence");
        this.jusqua = jusqua;
    }

    public Instant jusqua() {
        return jusqua;
    }
}
