package fr.demarches.commune.internal;

import java.util.List;

import fr.demarches.commune.ModeRaccordement;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RaccordementRepository extends JpaRepository<Raccordement, String> {

    List<Raccordement> findByModeOrderByCodeInsee(ModeRaccordement mode);
}
