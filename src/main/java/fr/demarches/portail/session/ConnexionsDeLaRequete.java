package fr.demarches.portail.session;

import java.util.ArrayList;
import java.util.List;

import fr.demarches.compte.CompteConnecte;

/**
 * The sign-ins a request makes, to be confirmed once its session is written (V215): noted by each way of signing in,
 * read by {@link EcrituresSessionEspacees} when Spring Session writes the session, after the request's own code.
 */
public final class ConnexionsDeLaRequete {

    private static final ThreadLocal<List<CompteConnecte>> CONNEXIONS = ThreadLocal.withInitial(ArrayList::new);

    private ConnexionsDeLaRequete() {
    }

    public static void noter(CompteConnecte compte) {
        CONNEXIONS.get().add(compte);
    }

    /** This request's sign-ins, forgotten as they are returned. */
    static List<CompteConnecte> prendre() {
        var connexions = List.copyOf(CONNEXIONS.get());
        CONNEXIONS.remove();
        return connexions;
    }

    static void oublier() {
        CONNEXIONS.remove();
    }
}
