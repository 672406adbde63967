package fr.demarches.procuration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The officer's habilitation ended, or the unit was disabled, since the officer signed in. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class OfficierNonHabiliteException extends RuntimeException {

    public OfficierNonHabiliteException() {
        super("Officier non habilité");
    }
}
