package fr.demarches.portail.session;

import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.demarches.compte.CompteConnecte;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The accounts signed in in a session, written in its row ({@code principal_name}) so that the database can end the
 * sessions of an account that changes (V214), instead of each request reading the account. A session holds one
 * sign-in per portal, under its own key: Spring Session's default index reads only the default key, hence this.
 */
final class ComptesDeLaSession {

    /** Where each portal's sign-in is kept (SecuriteConfig: the default key and the portal's name). */
    private static final String CONNEXION = "SPRING_SECURITY_CONTEXT";

    /** Spring Session writes the index when this attribute changes, from its value. */
    private static final String INDEX = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    private ComptesDeLaSession() {
    }

    static boolean estUneConnexion(String attribut) {
        return attribut.startsWith(CONNEXION);
    }

    /** Sets the index to the ids of the accounts signed in now (sorted, space-separated), or removes it. */
    static void indexer(Session session) {
        var comptes = new TreeSet<String>();
        for (String nom : session.getAttributeNames()) {
            if (estUneConnexion(nom) && session.getAttribute(nom) instanceof SecurityContext contexte
                    && contexte.getAuthentication() != null
                    && contexte.getAuthentication().getPrincipal() instanceof CompteConnecte compte) {
                comptes.add(compte.id().toString());
            }
        }
        String index = comptes.isEmpty() ? null : comptes.stream().collect(Collectors.joining(" "));
        if (index == null) {
            session.removeAttribute(INDEX);
        } else if (!index.equals(session.getAttribute(INDEX))) {
            session.setAttribute(INDEX, index);
        }
    }
}
