package fr.demarches.portail.securite;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.url-publique}: the address citizens and agents use (scheme, host, port if not the default), e.g.
 * {@code https://demarches.example.fr}. Mails build their links from it; so does every redirect that has to be
 * absolute (see {@link RedirectionsSansHote}). The Host header a client sends is never used for that.
 */
@Validated
@ConfigurationProperties("app")
public record AdressePublique(@NotNull URI urlPublique) {

    /** The public address of a path of the site: {@code /connexion} → {@code https://demarches.example.fr/connexion}. */
    public String de(String chemin) {
        String base = urlPublique.toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return base + (chemin.startsWith("/") ? chemin : "/" + chemin);
    }
}
