package fr.demarches.compte.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UniteRepository extends JpaRepository<Unite, UUID> {
}
