package fr.demarches.portail;

import java.util.List;

/**
 * The counts a module shows on the mairie's home page ("à traiter", "en attente de l'usager"…), each a link to
 * where the agent deals with them. A module declares a bean; the home page shows every count, by {@code ordre}.
 */
public record IndicateurAccueil(int ordre, String libelle, long nombre, String lien) {

    /** A module's counts for one commune. */
    @FunctionalInterface
    public interface Source {
        List<IndicateurAccueil> pour(String communeInsee);
    }
}
