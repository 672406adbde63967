package fr.demarches.procuration.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcurationRepository extends JpaRepository<Procuration, UUID> {

    List<Procuration> findByUsagerIdOrderByDeposeeLeDesc(UUID usagerId);

    java.util.Optional<Procuration> findByUsagerIdAndCleIdempotence(UUID usagerId, UUID cleIdempotence);

    List<Procuration> findByEtatAndExpireLeLessThanEqual(fr.demarches.procuration.EtatProcuration etat,
            java.time.Instant limite);
}
