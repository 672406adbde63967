package fr.demarches.teledossier;

import java.time.Duration;

/** The retention delay is over: the dossier's elements are deleted (or about to be), nothing can be handed over. */
public class ElementsPurgesException extends IllegalStateException {

    public ElementsPurgesException(NumeroTeledossier numero, Duration duree) {
        super("Les éléments du dossier " + numero + " ne sont plus disponibles : le délai de " + duree.toDays()
                + " jours après le dépôt est dépassé");
    }
}
