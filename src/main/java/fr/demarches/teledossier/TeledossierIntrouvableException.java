package fr.demarches.teledossier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown number, or a dossier of another commune: both answer 404, so nothing is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class TeledossierIntrouvableException extends RefusTeledossier {

    public TeledossierIntrouvableException(NumeroTeledossier numero) {
        this(numero.valeur());
    }

    /** {@code saisie}: the number as received, well-formed or not. */
    public TeledossierIntrouvableException(String saisie) {
        super("Télédossier introuvable : " + saisie);
    }
}
