package fr.demarches.teledossier;

import fr.demarches.teledossier.regles.ConservationElements;

/** The retention delay is over: the dossier's elements are deleted (or about to be), nothing can be handed over. */
public final class ElementsPurgesException extends RefusTeledossier {

    public ElementsPurgesException(NumeroTeledossier numero, ConservationElements conservation) {
        super("Les éléments du dossier " + numero + " ne sont plus disponibles : le délai de " + conservation.jours()
                + " jours après le dépôt est dépassé.");
    }
}
