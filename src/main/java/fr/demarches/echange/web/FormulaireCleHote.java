package fr.demarches.echange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The host key fingerprint to record (or to propose), as read from the server and shown for confirmation, or as typed. */
public record FormulaireCleHote(
        @NotBlank(message = "Indiquez l'empreinte de la clé d'hôte, par exemple SHA256:… telle que ssh-keygen -l l'affiche.")
        @Size(max = 100, message = "L'empreinte ne doit pas dépasser 100 caractères.")
        String empreinte) implements java.io.Serializable {

    public static FormulaireCleHote vide() {
        return new FormulaireCleHote(null);
    }

    /** The field's errors: the annotations', then the fingerprint's form ("SHA256:" and 43 characters). */
    public static java.util.Map<String, String> erreurs(FormulaireCleHote formulaire,
            org.springframework.validation.BindingResult resultat) {
        var erreurs = new java.util.LinkedHashMap<>(fr.demarches.shared.ErreursFormulaire.de(resultat,
                FormulaireCleHote.class));
        if (!erreurs.containsKey("empreinte")
                && fr.demarches.commune.ParametresCommune.empreinteNormalisee(formulaire.empreinte()).isEmpty()) {
            erreurs.put("empreinte", "L'empreinte attendue est « SHA256: » suivi de 43 caractères (lettres, chiffres, "
                    + "+ et /), telle que ssh-keygen -l l'affiche.");
        }
        return erreurs;
    }
}
