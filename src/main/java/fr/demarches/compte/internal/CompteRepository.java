package fr.demarches.compte.internal;

import java.util.Optional;

import fr.demarches.compte.Espace;
import fr.demarches.compte.TypeCompte;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompteRepository extends JpaRepository<Compte, java.util.UUID> {

    /**
     * Identifiers are compared exactly (case-sensitive), within one portal. By the portal, not its kinds of account:
     * the unique index (espace, identifiant) serves only the former (by type, each sign-in read the whole table).
     */
    Optional<Compte> findByEspaceAndIdentifiant(Espace espace, String identifiant);

    boolean existsByType(TypeCompte type);

    Optional<Compte> findByIdAndType(java.util.UUID id, TypeCompte type);

    /** The revision of the rights the database gave the account (V214), this transaction's own change included. */
    @org.springframework.data.jpa.repository.Query(value = "SELECT revision_droits FROM compte WHERE id = ?1",
            nativeQuery = true)
    int revisionDroits(java.util.UUID id);
}
