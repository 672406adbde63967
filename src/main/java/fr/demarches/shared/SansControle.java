package fr.demarches.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A one-line text (a name, a place): see {@link TexteSaisi#aDesControles}. */
@Documented
@Constraint(validatedBy = SansControle.Validateur.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SansControle {

    String message() default TexteSaisi.CONTROLE_REFUSE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validateur implements ConstraintValidator<SansControle, String> {

        @Override
        public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
            return !TexteSaisi.aDesControles(valeur);
        }
    }
}
