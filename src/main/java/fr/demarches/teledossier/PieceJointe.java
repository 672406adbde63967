package fr.demarches.teledossier;

import java.util.UUID;

import fr.demarches.document.TypeDocument;

/** A document of the citizen's space chosen for a request; frozen at submission (see {@link Teledossiers#deposer}). */
public record PieceJointe(UUID documentId, TypeDocument type) {
}
