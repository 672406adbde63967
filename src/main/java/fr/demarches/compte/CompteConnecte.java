package fr.demarches.compte;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the portals see it. Kept in the session (stored in PostgreSQL), so it stays small
 * and carries no personal data beyond the identifier and display name. What it says stays true while the session
 * lives: a change of the account or of its unit ends the account's sessions (V214).
 */
public final class CompteConnecte implements UserDetails, CredentialsContainer, Serializable {

    /**
     * Unchanged by the fields added (habilitation end, revision) and removed (password fingerprint) with V214: sessions
     * written before, by an instance of the previous version during a rolling deployment, stay readable.
     */
    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final TypeCompte type;
    private final String identifiant;
    private final String nomAffiche;
    private final String communeInsee;
    private final UUID uniteId;
    private final LocalDate habilitationFin;
    private final int revisionDroits;
    private final boolean actif;
    private String motDePasse;

    public CompteConnecte(UUID id, TypeCompte type, String identifiant, String motDePasse, String nomAffiche,
            String communeInsee, UUID uniteId, LocalDate habilitationFin, int revisionDroits, boolean actif) {
        this.id = id;
        this.type = type;
        this.identifiant = identifiant;
        this.motDePasse = motDePasse;
        this.nomAffiche = nomAffiche;
        this.communeInsee = communeInsee;
        this.uniteId = uniteId;
        this.habilitationFin = habilitationFin;
        this.revisionDroits = revisionDroits;
        this.actif = actif;
    }

    public UUID id() {
        return id;
    }

    public TypeCompte type() {
        return type;
    }

    public String nomAffiche() {
        return nomAffiche;
    }

    /** The commune of a mairie account; null for the other kinds. */
    public String communeInsee() {
        return communeInsee;
    }

    /**
     * Whether an officer's habilitation still runs on {@code jour} (always for the other kinds). Read from the session
     * at each request: the calendar ends it without any write that could end the session (V214).
     */
    public boolean habilite(LocalDate jour) {
        return fr.demarches.compte.internal.Compte.habilite(type, habilitationFin, jour);
    }

    /** The revision of the account's rights read at sign-in (V214, {@link Authentification#confirmerConnexion}). */
    public int revisionDroits() {
        return revisionDroits;
    }

    /** The same account at another revision of its rights: the one its owner's own change has just given it. */
    public CompteConnecte avecRevision(int revision) {
        return new CompteConnecte(id, type, identifiant, motDePasse, nomAffiche, communeInsee, uniteId, habilitationFin,
                revision, actif);
    }

    /** The police unit of an officer; null for the other kinds. */
    public UUID uniteId() {
        return uniteId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> roles = type.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        return roles;
    }

    @Override
    public String getPassword() {
        return motDePasse;
    }

    @Override
    public String getUsername() {
        return identifiant;
    }

    @Override
    public boolean isEnabled() {
        return actif;
    }

    @Override
    public void eraseCredentials() {
        motDePasse = null;
    }
}
