package fr.demarches.teledossier.elements;

import static fr.demarches.shared.Dates.JOUR_HEURE;

import java.time.Instant;

/**
 * How the identity of a request was attested when it was deposited: the citizen was signed in through an OpenID
 * provider (FranceConnect) whose identity the form kept unchanged. {@code niveau}: the provider's {@code acr}
 * (eidas1..3); {@code titulaire}: whose identity it is, the young person or, for an RCO request filled in by a parent,
 * the declarant. Absent (null) on a request deposited after a password sign-in.
 */
public record IdentiteCertifiee(String fournisseur, String niveau, Instant authentifieeLe, Titulaire titulaire) {

    public enum Titulaire {
        DEMANDEUR, DECLARANT
    }

    /** "FranceConnect (eidas1), authentification du 02/03/2026 à 09:41" */
    public String libelle() {
        String nom = "franceconnect".equalsIgnoreCase(fournisseur) ? "FranceConnect" : fournisseur;
        return nom + (niveau == null ? "" : " (" + niveau + ")") + ", authentification du "
                + JOUR_HEURE.format(authentifieeLe);
    }
}
