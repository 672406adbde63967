package fr.demarches.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read of one statement: it joins the caller's transaction when there is one and opens none of its own otherwise.
 * A transaction of its own would add a {@code COMMIT}, a second round trip to the database, to a statement that needs
 * none (docs/performance.md). Only for one statement: two reads that must agree need a transaction.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public @interface LectureSimple {
}
