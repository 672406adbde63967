package fr.demarches.commune.internal;

import java.util.ArrayList;
import java.util.List;

import fr.demarches.commune.CommuneResume;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

/** A commune of the official geographic code. Imported, never created by users. */
@Entity
public class Commune {

    @Id
    private String codeInsee;

    private String nom;

    private String departement;

    private String region;

    private Integer population;

    @ElementCollection
    @CollectionTable(name = "commune_code_postal", joinColumns = @JoinColumn(name = "code_insee"))
    @Column(name = "code_postal")
    @OrderBy
    private List<String> codesPostaux = new ArrayList<>();

    protected Commune() {
    }

    public CommuneResume resume() {
        return new CommuneResume(codeInsee, nom, departement, List.copyOf(codesPostaux));
    }

    public String getCodeInsee() {
        return codeInsee;
    }

    public String getNom() {
        return nom;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getRegion() {
        return region;
    }
}
