package fr.demarches.compte;

import java.io.Serial;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A citizen's sign-in through an OpenID provider (FranceConnect): the account, as for a password sign-in, plus how
 * the identity was attested and the ID token, which the provider's end-session endpoint needs back at sign-out
 * ({@code id_token_hint}).
 */
public final class ConnexionCertifiee extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CompteConnecte compte;
    private final IdentiteAttestee attestation;
    private final String jetonIdentite;

    public ConnexionCertifiee(CompteConnecte compte, IdentiteAttestee attestation, String jetonIdentite) {
        super(compte.getAuthorities());
        this.compte = compte;
        this.attestation = attestation;
        this.jetonIdentite = jetonIdentite;
        setAuthenticated(true);
    }

    /** The attestation of the current sign-in, if it went through a provider. */
    public static Optional<IdentiteAttestee> attestationDe(Authentication authentification) {
        return authentification instanceof ConnexionCertifiee c ? Optional.of(c.attestation) : Optional.empty();
    }

    public IdentiteAttestee attestation() {
        return attestation;
    }

    public String jetonIdentite() {
        return jetonIdentite;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public CompteConnecte getPrincipal() {
        return compte;
    }

    @Override
    public String getName() {
        return compte.getUsername();
    }
}
