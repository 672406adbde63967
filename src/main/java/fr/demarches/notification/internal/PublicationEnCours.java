package fr.demarches.notification.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * The event publication a listener is running for, on the listener's thread. Modulith's registry marks a publication
 * "processing" just before it calls the listener, and completed or failed just after, on the same thread: these
 * calls to its repository are watched here. A mail sent for a publication then gets a {@code Message-ID} made from
 * the publication's identifier, the same each time the publication runs (see {@link EnvoiCourriel}).
 * <p>
 * The "processing" mark is not written: nothing here tells it from "published" (the staleness monitor gives both the
 * same delay, the retry job takes only failed ones), and it cost every publication an {@code UPDATE} and a
 * {@code COMMIT} of its own (docs/performance.md). Modulith's repository contract makes the mark optional.
 */
final class PublicationEnCours {

    private static final Set<String> FIN = Set.of("markCompleted", "markFailed");
    private static final ThreadLocal<Courante> COURANTE = new ThreadLocal<>();

    private PublicationEnCours() {
    }

    /** The identifier of the {@code n}-th mail (from 0) the current publication sends; empty outside one. */
    static Optional<String> prochainMessage() {
        var courante = COURANTE.get();
        return courante == null ? Optional.empty() : Optional.of(courante.id() + "." + courante.envois()[0]++);
    }

    /** Watches the publication repository and skips its "processing" mark, whatever proxy (transactions) it has. */
    static final class Suivi extends AbstractAdvisingBeanPostProcessor {

        Suivi() {
            var methodes = new StaticMethodMatcherPointcut() {
                @Override
                public boolean matches(Method methode, Class<?> classe) {
                    return EventPublicationRepository.class.isAssignableFrom(classe)
                            && ("markProcessing".equals(methode.getName()) || FIN.contains(methode.getName()));
                }
            };
            MethodInterceptor suivre = appel -> {
                Object[] arguments = appel.getArguments();
                if ("markProcessing".equals(appel.getMethod().getName())) {
                    if (arguments[0] instanceof UUID id) {
                        COURANTE.set(new Courante(id, new int[1]));
                    }
                    return null;
                }
                if (FIN.contains(appel.getMethod().getName())) {
                    COURANTE.remove();
                }
                return appel.proceed();
            };
            setBeforeExistingAdvisors(true);
            this.advisor = new DefaultPointcutAdvisor(methodes, suivre);
        }
    }

    private record Courante(UUID id, int[] envois) {
    }
}
