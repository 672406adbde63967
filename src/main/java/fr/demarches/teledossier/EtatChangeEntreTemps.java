package fr.demarches.teledossier;

/**
 * The dossier's state is no longer the one its page showed when the agent chose the change (the citizen answered,
 * another agent acted): acting on the stale view could undo what happened meanwhile, so nothing is done.
 */
public final class EtatChangeEntreTemps extends RefusTeledossier {

    public EtatChangeEntreTemps(EtatTeledossier actuel) {
        super("Le dossier a changé depuis l'affichage de la page : il est maintenant « " + actuel.libelle()
                + " ». Relisez-le, puis recommencez si besoin.");
    }
}
