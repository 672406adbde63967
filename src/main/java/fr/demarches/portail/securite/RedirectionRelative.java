package fr.demarches.portail.securite;

import java.net.URI;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects by path only. The page saved before a login is remembered as an absolute URL built from the request's
 * Host header, which the client chooses: sending it back as is would let "Host: evil.example" redirect to
 * evil.example. The path alone is resolved by the browser against the address it asked (RFC 9110, 10.2.2), and
 * Tomcat writes relative locations as they are ({@code server.tomcat.use-relative-redirects}): no redirect of the
 * application ever names a host.
 */
final class RedirectionRelative extends DefaultRedirectStrategy {

    @Override
    protected String calculateRedirectUrl(String contextPath, String url) {
        return UrlUtils.isAbsoluteUrl(url) ? chemin(url) : super.calculateRedirectUrl(contextPath, url);
    }

    /** The path and query of a URL of this site, without its scheme and host. */
    static String chemin(String url) {
        var uri = URI.create(url);
        String chemin = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? chemin : chemin + "?" + uri.getRawQuery();
    }
}
