package fr.demarches.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * JPA listener of the entities whose tables are kept in memory ({@link MemoireSuivie}): a write of this instance
 * makes its memories forget right after its commit, before the database's notice comes back (a screen that saves,
 * then shows the result, reads what it saved). Made by Hibernate through Spring (its bean container).
 */
public class OubliApresEcriture {

    /** Resolved at the first write, not when Hibernate makes this listener (its bootstrap may be on another thread). */
    private final ObjectProvider<AvisDeChangement> avis;

    public OubliApresEcriture(ObjectProvider<AvisDeChangement> avis) {
        this.avis = avis;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void ecrite(Object entite) {
        avis.getObject().oublierApresValidation();
    }
}
