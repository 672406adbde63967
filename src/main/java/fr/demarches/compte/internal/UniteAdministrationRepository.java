package fr.demarches.compte.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.compte.UniteVue;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UniteAdministrationRepository extends JpaRepository<Unite, UUID> {

    String VUE = "select new fr.demarches.compte.UniteVue(u.id, u.type, u.nom, u.adresse, u.departement, u.active) "
            + "from Unite u ";

    @Query(VUE + "order by u.departement, u.nom")
    List<UniteVue> vues();

    @Query(VUE + "where u.id = ?1")
    Optional<UniteVue> vue(UUID id);
}
