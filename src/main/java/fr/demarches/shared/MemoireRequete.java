package fr.demarches.shared;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Answers kept for the rest of the current HTTP request only (its attributes), so that two steps of one request
 * asking the same stable thing (the form's check, then the service's) read it once. Outside a request (jobs,
 * listeners), nothing is kept.
 */
public final class MemoireRequete {

    private MemoireRequete() {
    }

    /** The answer already given for {@code cle} in this request, or {@code calcul}'s, then kept. */
    @SuppressWarnings("unchecked")
    public static <T> T memoriser(String cle, Supplier<T> calcul) {
        var requete = RequestContextHolder.getRequestAttributes();
        if (requete == null) {
            return calcul.get();
        }
        String nom = MemoireRequete.class.getName() + "." + cle;
        Object gardee = requete.getAttribute(nom, RequestAttributes.SCOPE_REQUEST);
        if (gardee != null) {
            return (T) gardee;
        }
        T valeur = calcul.get();
        if (valeur != null) {
            requete.setAttribute(nom, valeur, RequestAttributes.SCOPE_REQUEST);
        }
        return valeur;
    }

    /** Whether {@code cle} was noted true in this request. */
    public static boolean vrai(String cle) {
        var requete = RequestContextHolder.getRequestAttributes();
        return requete != null && Boolean.TRUE.equals(
                requete.getAttribute(MemoireRequete.class.getName() + "." + cle, RequestAttributes.SCOPE_REQUEST));
    }

    /** Notes {@code cle} as true for the rest of this request (nothing outside a request). */
    public static void noterVrai(String cle) {
        var requete = RequestContextHolder.getRequestAttributes();
        if (requete != null) {
            requete.setAttribute(MemoireRequete.class.getName() + "." + cle, true, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Forgets {@code cle}'s answer in this request: what it was read from has just been written. */
    public static void oublier(String cle) {
        var requete = RequestContextHolder.getRequestAttributes();
        if (requete != null) {
            requete.removeAttribute(MemoireRequete.class.getName() + "." + cle, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
