package fr.demarches.compte.web;

import fr.demarches.shared.SansControle;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person to whom an administrator opens an account; the e-mail is the identifier and receives the link. */
public record NouveauCompte(
        @NotBlank(message = "Indiquez l'adresse électronique.")
        @Email(message = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")
        @Size(max = 254, message = "L'adresse est trop longue.")
        String identifiant,
        @NotBlank(message = "Indiquez le nom.") @Size(max = 200, message = "Le nom est trop long.") @SansControle
        String nom,
        @NotBlank(message = "Indiquez le prénom.") @Size(max = 200, message = "Le prénom est trop long.") @SansControle
        String prenoms) {

    public static NouveauCompte vide() {
        return new NouveauCompte(null, null, null);
    }

    public String identifiantNet() {
        return identifiant.strip();
    }
}
