package fr.demarches.shared;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The identifier of the HTTP request being served. The portals put it in the logging context (MDC) for the time of
 * the request, so that every log line (JSON logs: a field of its own) and every audit entry written on its behalf
 * carries it, and an operator can follow one request from the load balancer to the journal.
 */
public final class IdentifiantRequete {

    /** The MDC key, also the field's name in the JSON logs. */
    public static final String CLE_MDC = "requestId";

    /** The header read from a trusted proxy and always sent back. */
    public static final String ENTETE = "X-Request-Id";

    /** What a proxy's identifier may look like: no spaces or control characters that could forge a log line. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,100}");

    private IdentifiantRequete() {
    }

    /** The identifier of the request this thread serves, if any (none in scheduled jobs and event listeners). */
    public static Optional<String> courant() {
        return Optional.ofNullable(MDC.get(CLE_MDC));
    }

    public static boolean acceptable(String valeur) {
        return valeur != null && ACCEPTABLE.matcher(valeur).matches();
    }
}
