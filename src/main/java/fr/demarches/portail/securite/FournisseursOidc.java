package fr.demarches.portail.securite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The OpenID providers of the standard properties ({@code spring.security.oauth2.client.registration.*} and
 * {@code provider.*}), read on first use rather than at start-up: with {@code issuer-uri}, the provider's metadata
 * (endpoints, JWKS, end-session endpoint) is fetched then. A provider out of reach neither stops the application
 * from starting nor stays unusable once it answers again: its sign-in is refused until then.
 */
class FournisseursOidc implements ClientRegistrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(FournisseursOidc.class);

    private final OAuth2ClientProperties proprietes;
    private final Map<String, ClientRegistration> lus = new ConcurrentHashMap<>();

    FournisseursOidc(OAuth2ClientProperties proprietes) {
        this.proprietes = proprietes;
    }

    /** Whether the settings name this provider (whether it answers or not). */
    boolean configure(String id) {
        return proprietes.getRegistration().containsKey(id);
    }

    /**
     * The providers' origins ("https://host:port"), which the citizens' pages must allow as form targets: the
     * FranceConnect button and the sign-out are forms whose redirects lead there (CSP {@code form-action}).
     */
    java.util.List<String> origines() {
        return proprietes.getProvider().values().stream()
                .map(p -> p.getAuthorizationUri() != null ? p.getAuthorizationUri() : p.getIssuerUri())
                .filter(java.util.Objects::nonNull)
                .map(java.net.URI::create)
                .map(u -> u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()))
                .distinct().toList();
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        var lu = lus.get(id);
        if (lu != null || !configure(id)) {
            return lu;
        }
        try {
            new OAuth2ClientPropertiesMapper(proprietes).asClientRegistrations().forEach(lus::putIfAbsent);
        } catch (RuntimeException injoignable) {
            LOG.warn("Fournisseur d'identité {} injoignable : {}", id, injoignable.getMessage());
            return null;
        }
        return lus.get(id);
    }
}
