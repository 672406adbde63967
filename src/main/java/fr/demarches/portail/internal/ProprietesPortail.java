package fr.demarches.portail.internal;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.portail.*}: the public address (application.yml fills it from {@code app.url-publique}, which other
 * modules read too), the outage page and the portals' security. application.yml reads the older names
 * ({@code app.securite.*}, {@code demarches.securite.second-facteur}, {@code app.connexion.*}) as the defaults of
 * {@code securite.*}, so existing settings and variables keep working.
 *
 * @param urlPublique the address citizens and agents use (scheme, host, port if not the default), e.g.
 *        {@code https://demarches.example.fr}: every redirect that has to be absolute is built from it, never from
 *        the Host header a client sends
 */
@Validated
@ConfigurationProperties("app.portail")
public record ProprietesPortail(@NotNull URI urlPublique, @Valid @NotNull Indisponibilite indisponibilite,
        @Valid @NotNull Securite securite, @Valid @NotNull FranceConnect franceconnect) {

    /** The public address of a path of the site: {@code /connexion} → {@code https://demarches.example.fr/connexion}. */
    public String adressePublique(String chemin) {
        String base = urlPublique.toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return base + (chemin.startsWith("/") ? chemin : "/" + chemin);
    }

    /**
     * {@code indisponibilite.*}: the {@code Retry-After} of the "service momentanément indisponible" page. How long a
     * request waits for the database before it is shown is Hikari's own
     * {@code spring.datasource.hikari.connection-timeout}. {@code retraitAvantArret}: how long a stopping instance
     * keeps serving once its readiness is DOWN, so that the load balancer takes it out first.
     */
    public record Indisponibilite(@NotNull Duration reessayerApres, @NotNull Duration retraitAvantArret) {
    }

    /**
     * {@code securite.*}: the second login step on /gs and /police (off only to measure performance, never in
     * production), the login throttling, and whether the proxy in front sets {@code X-Request-Id} itself
     * ({@code identifiant-requete-de-confiance}: then its value is taken, else each request gets a random one).
     */
    public record Securite(boolean secondFacteur, @Valid @NotNull ReglesConnexion connexion,
            boolean identifiantRequeteDeConfiance) {
    }

    /**
     * Login throttling ({@code securite.connexion.*}): {@code echecsParCompte} failures on one identifier, or
     * {@code echecsParIp} from one address, within {@code fenetre} block further attempts for {@code blocage}.
     */
    public record ReglesConnexion(@Positive int echecsParCompte, @Positive int echecsParIp, @NotNull Duration fenetre,
            @NotNull Duration blocage) {
    }

    /**
     * {@code franceconnect.*}: the level asked of FranceConnect ({@code acr_values}: {@code eidas1} for
     * FranceConnect, {@code eidas2} or {@code eidas3} for FranceConnect+). The provider itself (issuer, client id and
     * secret, scopes) is set by the standard {@code spring.security.oauth2.client.*} properties.
     */
    public record FranceConnect(@jakarta.validation.constraints.NotBlank String acrValues) {
    }
}
