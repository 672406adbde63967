package fr.demarches.teledossier;

import java.time.Instant;
import java.util.List;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;

/** A request as its citizen follows it on the dashboard: no agent name, only what the mairie tells the citizen. */
public record DossierUsager(String numero, Procedure procedure, String communeInsee, String commune, Instant deposeLe,
        EtatTeledossier etat, List<Etape> historique, List<TypeDocument> pieces) {

    /** A state the dossier went through, with the mairie's comment if any. */
    public record Etape(Instant horodatage, String libelle, String commentaire) {
    }
}
