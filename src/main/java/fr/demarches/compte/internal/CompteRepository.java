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
}
