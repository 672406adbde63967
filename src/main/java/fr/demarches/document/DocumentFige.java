package fr.demarches.document;

import java.time.Instant;
import java.util.UUID;

/** An immutable copy of a document, attached to a request: the citizen deleting the original does not touch it. */
public record DocumentFige(UUID id, UUID documentId, UUID proprietaireId, TypeDocument type, String nomOriginal,
        String typeContenu, long taille, Instant figeLe) {
}
