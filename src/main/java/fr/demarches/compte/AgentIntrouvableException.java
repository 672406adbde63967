package fr.demarches.compte;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No agent of this commune has this id: unknown, another commune's agent, or another kind of account. All answer
 * 404, so a commune administrator learns nothing about the accounts of other communes.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AgentIntrouvableException extends RuntimeException {

    public AgentIntrouvableException() {
        super("Agent introuvable");
    }
}
