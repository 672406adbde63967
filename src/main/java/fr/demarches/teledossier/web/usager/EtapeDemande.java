package fr.demarches.teledossier.web.usager;

import java.util.Arrays;
import java.util.Optional;

/**
 * A step of a multi-step request (the stepper's position, the previous and next steps, the step's URL), shared by
 * the ILE and RCO steps, which only name their steps and their procedure.
 */
public interface EtapeDemande<E extends Enum<E> & EtapeDemande<E>> {

    /** The last part of the step's URL. */
    String chemin();

    String titre();

    /** The part of the URL naming the request: "ile", "rco". */
    String demande();

    int ordinal();

    default int numero() {
        return ordinal() + 1;
    }

    default int total() {
        return etapes().length;
    }

    default String url() {
        return "/demarches/" + demande() + "/" + chemin();
    }

    /** The next step, or null for the last one. */
    default E suivante() {
        return ordinal() + 1 < etapes().length ? etapes()[ordinal() + 1] : null;
    }

    default E precedente() {
        return ordinal() > 0 ? etapes()[ordinal() - 1] : null;
    }

    @SuppressWarnings("unchecked")
    private E[] etapes() {
        return (E[]) ((Enum<?>) this).getDeclaringClass().getEnumConstants();
    }

    static <E extends Enum<E> & EtapeDemande<E>> Optional<E> de(Class<E> type, String chemin) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.chemin().equals(chemin)).findFirst();
    }
}
