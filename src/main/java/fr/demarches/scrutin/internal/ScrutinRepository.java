package fr.demarches.scrutin.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The entity, for the administrators' changes; the procedures read the calendar through {@link LectureScrutins}. */
public interface ScrutinRepository extends JpaRepository<Scrutin, UUID> {
}
