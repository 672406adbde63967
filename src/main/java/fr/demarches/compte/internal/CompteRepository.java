package fr.demarches.compte.internal;

import java.util.Collection;
import java.util.Optional;

import fr.demarches.compte.TypeCompte;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompteRepository extends JpaRepository<Compte, java.util.UUID> {

    /** Identifiers are compared exactly (case-sensitive), within the portal's kinds of account. */
    Optional<Compte> findByIdentifiantAndTypeIn(String identifiant, Collection<TypeCompte> types);

    boolean existsByType(TypeCompte type);

    Optional<Compte> findByIdAndType(java.util.UUID id, TypeCompte type);

    /** The account and whether its unit (officers only; null otherwise) is active: one statement, checked per request. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @org.springframework.data.jpa.repository.Query(
            "SELECT new fr.demarches.compte.internal.CompteEtUnite(c, u.active) FROM Compte c LEFT JOIN Unite u ON u.id = c.uniteId WHERE c.id = :id")
    Optional<CompteEtUnite> avecUnite(java.util.UUID id);
}
