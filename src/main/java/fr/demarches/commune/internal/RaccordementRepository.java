package fr.demarches.commune.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RaccordementRepository extends JpaRepository<Raccordement, String> {
}
