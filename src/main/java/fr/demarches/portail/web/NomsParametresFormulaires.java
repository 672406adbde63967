package fr.demarches.portail.web;

import java.lang.reflect.Executable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.support.BindParamNameResolver;

/**
 * The request parameter each constructor parameter of a form record binds from, looked up once per parameter.
 * Spring's resolver (a {@code @BindParam} name, else the parameter's own) merges the record field's annotations
 * into the parameter's by reflection, and did so for every component on every post: 8.3% of the procuration
 * submission's HTTP samples (bench, JFR; docs/performance.md).
 */
@ControllerAdvice
class NomsParametresFormulaires {

    private final DataBinder.NameResolver resolveur;
    private final Map<Parametre, Optional<String>> noms = new ConcurrentHashMap<>();

    NomsParametresFormulaires() {
        this(new BindParamNameResolver());
    }

    NomsParametresFormulaires(DataBinder.NameResolver resolveur) {
        this.resolveur = resolveur;
    }

    private record Parametre(Executable constructeur, int position) {
    }

    @InitBinder
    void nommer(WebDataBinder liaison) {
        liaison.setNameResolver(parametre -> noms.computeIfAbsent(
                new Parametre(parametre.getExecutable(), parametre.getParameterIndex()),
                cle -> Optional.ofNullable(resolveur.resolveName(parametre))).orElse(null));
    }
}
