package fr.demarches.procuration.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcurationRepository extends JpaRepository<Procuration, UUID> {

    List<Procuration> findByUsagerIdOrderByDeposeeLeDesc(UUID usagerId);

    /** The procuration a pending reference (request or cancellation) designates: the look-up in one statement. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            SELECT p.* FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id
            WHERE r.reference = :reference AND r.expire_le > :maintenant""")
    java.util.Optional<Procuration> parReferenceEnAttente(String reference, java.time.Instant maintenant);

    List<Procuration> findByEtatAndExpireLeLessThanEqual(fr.demarches.procuration.EtatProcuration etat,
            java.time.Instant limite);
}
