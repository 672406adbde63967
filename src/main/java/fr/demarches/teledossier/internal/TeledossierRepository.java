package fr.demarches.teledossier.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeledossierRepository extends JpaRepository<Teledossier, UUID> {

    Optional<Teledossier> findByNumero(String numero);

    Optional<Teledossier> findByCleIdempotence(UUID cleIdempotence);

    boolean existsByNumero(String numero);
}
