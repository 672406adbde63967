package fr.demarches.document;

import java.io.InputStream;

/** A document with its content, to send to whoever may read it. The caller closes the stream. */
public record DocumentOuvert(String nomOriginal, String typeContenu, long taille, InputStream contenu) {
}
