package fr.demarches.document;

import java.time.Instant;
import java.util.UUID;

/** A document of the citizen's space, as lists and pages show it. {@code supprimableLe} is null for the citizen's own. */
public record DocumentUsager(UUID id, TypeDocument type, String nomOriginal, String typeContenu, long taille,
        OrigineDocument origine, String communeInsee, Instant deposeLe, Instant supprimableLe) {

    /** The citizen deletes their own documents at will, a mairie's only once the retention delay has passed. */
    public boolean supprimable(Instant maintenant) {
        return supprimableLe == null || !maintenant.isBefore(supprimableLe);
    }

    public boolean recuDeLaCommune() {
        return origine == OrigineDocument.COMMUNE;
    }
}
