package fr.demarches.procuration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown procuration, or someone else's: both answer 404, so nothing is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProcurationIntrouvableException extends RuntimeException {

    public ProcurationIntrouvableException() {
        super("Procuration introuvable");
    }
}
