package fr.demarches.compte;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * How the current sign-in proved who the citizen is: the provider ({@code franceconnect}), the level it asserted
 * ({@code acr}: {@code eidas1}, {@code eidas2}, {@code eidas3}), the person's identifier there ({@code sub}) and when
 * the person authenticated ({@code auth_time}, or the sign-in's time when the provider gives none). Kept in the
 * session with the sign-in: small, no personal data beyond the opaque subject.
 */
public record IdentiteAttestee(String fournisseur, String niveau, String sujet, Instant authentifieeLe)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
