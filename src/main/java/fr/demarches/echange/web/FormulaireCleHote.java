package fr.demarches.echange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The host key fingerprint to record, as read from the server and shown for confirmation, or as typed. */
record FormulaireCleHote(
        @NotBlank(message = "Indiquez l'empreinte de la clé d'hôte, par exemple SHA256:… telle que ssh-keygen -l l'affiche.")
        @Size(max = 100, message = "L'empreinte ne doit pas dépasser 100 caractères.")
        String empreinte) implements java.io.Serializable {

    static FormulaireCleHote vide() {
        return new FormulaireCleHote(null);
    }
}
