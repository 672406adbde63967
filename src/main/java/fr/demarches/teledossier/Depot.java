package fr.demarches.teledossier;

import java.util.List;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.elements.DonneesDemande;

/**
 * What a citizen's form hands over on submission. {@code cleIdempotence} comes from the form (one per review
 * page shown), so the same form posted twice creates one télédossier. {@code donnees}: the procedure's typed data.
 * {@code pieces}: the citizen's documents to attach, frozen on submission.
 */
public record Depot(Procedure procedure, UUID usagerId, String courrielUsager, String nomUsager, String communeInsee,
        DonneesDemande donnees, UUID cleIdempotence, List<PieceJointe> pieces) {

    /** A request without pieces. */
    public Depot(Procedure procedure, UUID usagerId, String courrielUsager, String nomUsager, String communeInsee,
            DonneesDemande donnees, UUID cleIdempotence) {
        this(procedure, usagerId, courrielUsager, nomUsager, communeInsee, donnees, cleIdempotence, List.of());
    }

    /** The request a citizen's form sends: procedure, name and commune are those of its data. */
    public Depot(UUID usagerId, String courrielUsager, DonneesDemande donnees, UUID cleIdempotence,
            List<PieceJointe> pieces) {
        this(donnees.procedure(), usagerId, courrielUsager, donnees.nomUsager(), donnees.communeDestinataire(), donnees,
                cleIdempotence, pieces);
    }

    public Depot {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        if (donnees.procedure() != procedure) {
            throw new IllegalArgumentException("Données de " + donnees.procedure() + " pour un dépôt " + procedure);
        }
    }
}
