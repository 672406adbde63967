package fr.demarches.portail.securite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every page, in one place: the security chains write them ({@link SecuriteConfig}), and so
 * does a page written outside them — the « service momentanément indisponible » page, which resets the response.
 */
public final class EnTetesSecurite {

    /** No inline script or style: everything comes from this origin (DSFR included). */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=()";
    static final long HSTS_SECONDES = 31_536_000;

    private EnTetesSecurite() {
    }

    /** For a response written outside the security chains; HSTS over HTTPS only, as the chains send it. */
    public static void poser(HttpServletRequest requete, HttpServletResponse reponse) {
        reponse.setHeader("Content-Security-Policy", CSP);
        reponse.setHeader("X-Content-Type-Options", "nosniff");
        reponse.setHeader("X-Frame-Options", "DENY");
        reponse.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        reponse.setHeader("Permissions-Policy", PERMISSIONS);
        if (requete.isSecure()) {
            reponse.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDES + " ; includeSubDomains");
        }
    }
}
