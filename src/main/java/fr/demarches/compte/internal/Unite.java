package fr.demarches.compte.internal;

import java.time.Instant;
import java.util.UUID;

import fr.demarches.compte.TypeUnite;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A police station or gendarmerie brigade whose officers validate procurations. */
@Entity
public class Unite {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private TypeUnite type;

    private String nom;

    private String adresse;

    private String departement;

    private boolean active = true;

    private Instant creeLe;

    @Version
    private long version;

    protected Unite() {
    }

    public Unite(TypeUnite type, String nom, String adresse, String departement, Instant creeLe) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.nom = nom;
        this.adresse = adresse;
        this.departement = departement;
        this.creeLe = creeLe;
    }

    public UUID getId() {
        return id;
    }

    public String getNom() {
        return nom;
    }

    public boolean isActive() {
        return active;
    }

    /** Its officers can no longer sign in, and their sessions end when it is disabled (V214). */
    public void desactiver() {
        active = false;
    }

    public void reactiver() {
        active = true;
    }
}
