package fr.demarches.teledossier;

/** A closed dossier is reopened only with a reason, which the citizen also reads. */
public final class MotifReouvertureManquant extends RefusTeledossier {

    public MotifReouvertureManquant() {
        super("La réouverture d'un dossier clos demande un motif.");
    }
}
