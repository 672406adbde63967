package fr.demarches.compte;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-ins a request makes, to be confirmed once its session is written ({@link Authentification#confirmerConnexion},
 * V214): noted by each way of signing in, and by a session renewed after a password change; taken by the session
 * store (portail.session) when Spring Session writes the session, after the request's own code.
 */
public final class ConnexionsDeLaRequete {

    private static final ThreadLocal<List<CompteConnecte>> CONNEXIONS = ThreadLocal.withInitial(ArrayList::new);

    private ConnexionsDeLaRequete() {
    }

    public static void noter(CompteConnecte compte) {
        CONNEXIONS.get().add(compte);
    }

    /** This request's sign-ins, forgotten as they are returned. */
    public static List<CompteConnecte> prendre() {
        var connexions = List.copyOf(CONNEXIONS.get());
        CONNEXIONS.remove();
        return connexions;
    }

    public static void oublier() {
        CONNEXIONS.remove();
    }
}
