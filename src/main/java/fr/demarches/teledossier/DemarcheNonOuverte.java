package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/** The commune does not receive this procedure online (not connected, or not for this procedure, or not yet). */
public final class DemarcheNonOuverte extends RefusTeledossier {

    public DemarcheNonOuverte(String communeInsee, Procedure procedure) {
        super("La commune " + communeInsee + " ne reçoit pas la démarche « " + procedure.libelle() + " » en ligne.");
    }
}
