package fr.demarches.portail.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The NUL character (U+0000) taken out of every text a form or a parameter sends. It is never meant, and PostgreSQL
 * refuses it in a text or JSON column: a field not checked for control characters, or a draft saved before its checks,
 * made the page fail (500) instead of answering. Other control characters are refused next to their field.
 */
@ControllerAdvice
class SaisieSansNul {

    @InitBinder
    void retirerNul(WebDataBinder liaison) {
        liaison.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String texte) {
                setValue(texte == null || texte.indexOf('\u0000') < 0 ? texte : texte.replace("\u0000", ""));
            }
        });
    }
}
