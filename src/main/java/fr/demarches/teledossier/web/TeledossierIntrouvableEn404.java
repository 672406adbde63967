package fr.demarches.teledossier.web;

import java.io.IOException;

import fr.demarches.teledossier.TeledossierIntrouvableException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An unknown number and another commune's dossier answer the plain "page not found", whatever the portal's way of
 * showing other refusals: nothing tells an agent that the number exists elsewhere.
 */
@ControllerAdvice(basePackages = "fr.demarches.teledossier")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeledossierIntrouvableEn404 {

    @ExceptionHandler(TeledossierIntrouvableException.class)
    void introuvable(HttpServletResponse reponse) throws IOException {
        reponse.sendError(HttpStatus.NOT_FOUND.value());
    }
}
