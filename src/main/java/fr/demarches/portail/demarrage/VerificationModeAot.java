package fr.demarches.portail.demarrage;

import java.util.Optional;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Spring's AOT mode ({@code -Dspring.aot.enabled=true}, docs/exploitation.md) runs the bean definitions generated when
 * the JAR was built, with no profile and the default settings: a profile or a setting that adds beans at start-up
 * would be ignored without a word. Such a start is stopped with its reason instead.
 */
public class VerificationModeAot implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts()) {
            incompatibilite(event.getEnvironment()).ifPresent(raison -> {
                throw new ModeAotIncompatible(raison);
            });
        }
    }

    /** What this environment asks that the beans generated at build time cannot give, if anything. */
    static Optional<String> incompatibilite(Environment env) {
        for (String profil : new String[] {"demo", "bench"}) {
            if (env.matchesProfiles(profil)) {
                return Optional.of("le profil « " + profil + " » ajoute des beans que le mode AOT n'a pas");
            }
        }
        if ("framework".equalsIgnoreCase(env.getProperty("server.forward-headers-strategy"))) {
            return Optional.of("SERVER_FORWARD_HEADERS_STRATEGY=framework ajoute un filtre que le mode AOT n'a pas");
        }
        return Optional.empty();
    }

    /** Before the database check: nothing to connect to when the start is refused. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 99;
    }

    static class ModeAotIncompatible extends RuntimeException {
        ModeAotIncompatible(String raison) {
            super(raison);
        }
    }

    /** Spring Boot's short failure report, without a stack trace. */
    public static class Analyse extends AbstractFailureAnalyzer<ModeAotIncompatible> {
        @Override
        protected FailureAnalysis analyze(Throwable racine, ModeAotIncompatible cause) {
            return new FailureAnalysis("Démarrage en mode AOT (-Dspring.aot.enabled=true) : " + cause.getMessage() + ".",
                    "Lancez sans -Dspring.aot.enabled=true (démonstration, banc de charge), ou réglez "
                            + "SERVER_FORWARD_HEADERS_STRATEGY=native derrière un répartiteur (docs/exploitation.md).",
                    cause);
        }
    }
}
