package fr.demarches.commune;

import java.util.List;

/** What other modules and forms need to know about a commune. */
public record CommuneResume(String codeInsee, String nom, String departement, List<String> codesPostaux) {

    /** "Nanterre (92)" — how a commune is named to a user. */
    public String libelle() {
        return nom + " (" + departement + ")";
    }
}
