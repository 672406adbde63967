package fr.demarches.scrutin.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.demarches.scrutin.RefusScrutin;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.shared.OubliApresEcriture;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** An election with its rounds; no communes listed and {@code toutesCommunes} false never happens. */
@Entity
@EntityListeners(OubliApresEcriture.class)
public class Scrutin {

    @Id
    private UUID id;

    private String nom;

    @Enumerated(EnumType.STRING)
    private TypeScrutin type;

    private LocalDate premierTour;

    private LocalDate secondTour;

    /** The administrator's override; null means the computed deadline applies. */
    private LocalDate dateLimiteInscription;

    private boolean toutesCommunes;

    @ElementCollection
    @CollectionTable(name = "scrutin_commune", joinColumns = @JoinColumn(name = "scrutin_id"))
    @Column(name = "code_insee")
    @OrderBy
    private List<String> communes = new ArrayList<>();

    private Instant creeLe;

    @Version
    private long version;

    protected Scrutin() {
    }

    public Scrutin(Instant creeLe) {
        this.id = UUID.randomUUID();
        this.creeLe = creeLe;
    }

    public void definir(String nom, TypeScrutin type, LocalDate premierTour, LocalDate secondTour,
            LocalDate dateLimite, Collection<String> communesConcernees) {
        if (secondTour != null && !secondTour.isAfter(premierTour)) {
            throw new RefusScrutin("Le second tour doit avoir lieu après le premier.");
        }
        if (dateLimite != null && !dateLimite.isBefore(premierTour)) {
            throw new RefusScrutin("La date limite d'inscription doit précéder le premier tour.");
        }
        this.nom = nom;
        this.type = type;
        this.premierTour = premierTour;
        this.secondTour = secondTour;
        this.dateLimiteInscription = dateLimite;
        this.toutesCommunes = communesConcernees == null;
        this.communes.clear();
        if (communesConcernees != null) {
            if (communesConcernees.isEmpty()) {
                throw new RefusScrutin("Indiquez au moins une commune concernée.");
            }
            this.communes.addAll(communesConcernees);
        }
    }

    public UUID getId() {
        return id;
    }

    public String getNom() {
        return nom;
    }

    public TypeScrutin getType() {
        return type;
    }

    public LocalDate getPremierTour() {
        return premierTour;
    }

    public LocalDate getSecondTour() {
        return secondTour;
    }

    public LocalDate getDateLimiteInscription() {
        return dateLimiteInscription;
    }

    public boolean isToutesCommunes() {
        return toutesCommunes;
    }

    public List<String> getCommunes() {
        return List.copyOf(communes);
    }
}
