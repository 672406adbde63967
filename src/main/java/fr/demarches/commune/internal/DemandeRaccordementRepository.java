package fr.demarches.commune.internal;

import java.util.List;
import java.util.UUID;

import fr.demarches.commune.StatutDemande;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemandeRaccordementRepository extends JpaRepository<DemandeRaccordement, UUID> {

    List<DemandeRaccordement> findAllByOrderByDeposeeLeDesc();

    boolean existsByCodeInseeAndStatut(String codeInsee, StatutDemande statut);

    boolean existsByReference(String reference);

    long countByStatut(StatutDemande statut);
}
