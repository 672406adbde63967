package fr.demarches.document;

/**
 * The store did not answer (object store down or unreachable): nothing was saved, and the citizen may simply try
 * again later. A refusal of the deposit, so that every screen already showing {@link DepotRefuse} next to the
 * file field shows this one too.
 */
public class StockageIndisponible extends DepotRefuse {

    public static final String MESSAGE = "Le stockage des documents est momentanément indisponible : votre fichier "
            + "n'a pas été enregistré. Réessayez dans quelques minutes.";

    public StockageIndisponible() {
        super(MESSAGE);
    }
}
