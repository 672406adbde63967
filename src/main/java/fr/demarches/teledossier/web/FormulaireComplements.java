package fr.demarches.teledossier.web;

import java.util.Set;

import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.DemandeComplements;
import fr.demarches.teledossier.DonneeACorriger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The request-for-complements form of a dossier page. */
record FormulaireComplements(
        @NotBlank(message = "Écrivez à l'usager ce que vous attendez de lui.")
        @Size(max = DemandeComplements.LONGUEUR_MAX, message = "Le message ne doit pas dépasser 2 000 caractères.")
        String message,
        Set<TypeDocument> pieces, Set<DonneeACorriger> donnees) {

    DemandeComplements versDemande() {
        return new DemandeComplements(message.strip(), pieces, donnees);
    }
}
