package fr.demarches.scrutin.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScrutinRepository extends JpaRepository<Scrutin, UUID> {

    /** With a fetch join rather than an entity graph, as {@link #prochains} and for the same reason. */
    @Query("select distinct s from Scrutin s left join fetch s.communes order by s.premierTour desc")
    List<Scrutin> tous();

    /**
     * Elections whose last round is on or after {@code jour} and which concern the commune. The communes come with
     * a fetch join, not an entity graph: Hibernate translates a query with a graph hint to SQL again at every call
     * (about a sixth of an ILE step's CPU), and caches the translation of this one.
     */
    @Query("""
            select distinct s from Scrutin s left join fetch s.communes
            where coalesce(s.secondTour, s.premierTour) >= ?2
              and (s.toutesCommunes = true or ?1 member of s.communes)
            order by s.premierTour""")
    List<Scrutin> prochains(String codeInsee, LocalDate jour);
}
