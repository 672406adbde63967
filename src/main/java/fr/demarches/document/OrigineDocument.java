package fr.demarches.document;

/** Who put the document in the citizen's space. */
public enum OrigineDocument {
    USAGER, COMMUNE
}
