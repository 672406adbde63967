package fr.demarches.teledossier;

import java.util.UUID;

import fr.demarches.commune.Procedure;

/**
 * What a citizen's form hands over on submission. {@code cleIdempotence} comes from the form (one per review
 * page shown), so the same form posted twice creates one télédossier. {@code donnees} is the form's data:
 * a {@link fr.demarches.teledossier.elements.DonneesIle} for ILE, a {@link fr.demarches.teledossier.elements.DonneesRco}
 * for RCO. {@code pieces}: the citizen's documents to attach, frozen on submission.
 */
public record Depot(Procedure procedure, UUID usagerId, String courrielUsager, String nomUsager, String communeInsee,
        Object donnees, UUID cleIdempotence, java.util.List<PieceJointe> pieces) {

    /** A request without pieces. */
    public Depot(Procedure procedure, UUID usagerId, String courrielUsager, String nomUsager, String communeInsee,
            Object donnees, UUID cleIdempotence) {
        this(procedure, usagerId, courrielUsager, nomUsager, communeInsee, donnees, cleIdempotence, java.util.List.of());
    }

    public Depot {
        pieces = pieces == null ? java.util.List.of() : java.util.List.copyOf(pieces);
        if (procedure == Procedure.ILE && !(donnees instanceof fr.demarches.teledossier.elements.DonneesIle)
                || procedure == Procedure.RCO && !(donnees instanceof fr.demarches.teledossier.elements.DonneesRco)) {
            throw new IllegalArgumentException("Données de " + procedure + " attendues");
        }
    }
}
