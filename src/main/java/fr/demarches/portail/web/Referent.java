package fr.demarches.portail.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/** The page a request came from, read from the Referer, only if it is on this site (the header is the browser's word). */
final class Referent {

    private Referent() {
    }

    /** Its path and query, or null when the Referer is missing, malformed or another site's. */
    static String pageDuSite(HttpServletRequest requete) {
        String referent = requete.getHeader("Referer");
        if (referent == null) {
            return null;
        }
        try {
            URI uri = URI.create(referent);
            boolean memeSite = requete.getServerName().equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 || uri.getPort() == requete.getServerPort());
            return memeSite && uri.getRawPath() != null && uri.getRawPath().startsWith("/")
                    ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
