package fr.demarches.teledossier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown number, or a dossier of another commune: both answer 404, so nothing is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TeledossierIntrouvableException extends RuntimeException {

    public TeledossierIntrouvableException(NumeroTeledossier numero) {
        super("Télédossier introuvable : " + numero);
    }
}
