package fr.demarches.teledossier.web.usager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The paths of the steps typed in: every {@link Etape} but the pieces and the review, which have handlers of their
 * own. Listed rather than matched by {@code /{chemin}}: Spring MVC finds a listed path in a map, whereas a pattern
 * made it test every mapping of the application on each step (3% of the ILE bench's samples, docs/performance.md).
 * {@code EtapeSaisieTest} keeps the list equal to the enum.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestMapping({"/declarant", "/situation", "/identite", "/adresse", "/commune", "/domicile", "/famille", "/filiation"})
@interface EtapeSaisie {

    @AliasFor(annotation = RequestMapping.class)
    RequestMethod[] method();
}
