/**
 * The citizen's document space: supporting documents the citizen uploads and documents a mairie deposits for
 * them, checked by content (PDF, JPEG, PNG), stored once per content (SHA-256) behind {@link
 * fr.demarches.document.StockageContenus}, metadata in PostgreSQL. A document attached to a request is frozen
 * into an immutable copy that outlives the citizen's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package fr.demarches.document;
