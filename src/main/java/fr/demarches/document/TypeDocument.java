package fr.demarches.document;

/** What a document proves; the citizen chooses it when uploading, a mairie when depositing. */
public enum TypeDocument {
    PIECE_IDENTITE("Pièce d'identité"),
    JUSTIFICATIF_DOMICILE("Justificatif de domicile"),
    LIVRET_FAMILLE("Livret de famille"),
    ATTESTATION_RECENSEMENT("Attestation de recensement"),
    AUTRE("Autre document");

    private final String libelle;

    TypeDocument(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
