package fr.demarches.commune.internal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommuneRepository extends JpaRepository<Commune, String> {

    @Query("select c from Commune c where ?1 member of c.codesPostaux order by c.nom")
    @EntityGraph(attributePaths = "codesPostaux")
    List<Commune> findByCodePostal(String codePostal);

    @Query("select c from Commune c where c.codeInsee in ?1")
    @EntityGraph(attributePaths = "codesPostaux")
    List<Commune> findByCodeInseeIn(java.util.Collection<String> codesInsee);
}
