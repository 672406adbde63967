package fr.demarches.teledossier.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeledossierRepository extends JpaRepository<Teledossier, UUID> {

    Optional<Teledossier> findByNumero(String numero);

    /** A dossier of this commune only: another commune's dossier is absent, like an unknown number. */
    default Optional<Teledossier> deLaCommune(String numero, String communeInsee) {
        return findByNumero(numero).filter(d -> d.getCommuneInsee().equals(communeInsee));
    }

    Optional<Teledossier> findByCleIdempotence(UUID cleIdempotence);
}
