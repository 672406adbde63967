package fr.demarches.teledossier.web;

import fr.demarches.teledossier.EtatTeledossier;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The state-change form of a dossier page; {@code etatVu}: the state the page showed (hidden field). */
record FormulaireEtat(
        @NotNull(message = "Choisissez le nouvel état du dossier.") EtatTeledossier etat,
        @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.") String commentaire,
        EtatTeledossier etatVu) {
}
