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

    /**
     * The same look-up for a decision, which frees the reference in the same statement: within the decision's
     * transaction, so a decision that fails gives it back, and a second decision on it waits for the first and then
     * finds nothing. A reference whose procuration no longer awaits (nothing to decide) is stale: freed all the same.
     */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            WITH liberee AS (
                DELETE FROM reference_en_attente WHERE reference = :reference AND expire_le > :maintenant
                RETURNING procuration_id)
            SELECT p.* FROM liberee r JOIN procuration p ON p.id = r.procuration_id""")
    java.util.Optional<Procuration> parReferenceEnAttenteLiberee(String reference, java.time.Instant maintenant);

    List<Procuration> findByEtatAndExpireLeLessThanEqual(fr.demarches.procuration.EtatProcuration etat,
            java.time.Instant limite);
}
