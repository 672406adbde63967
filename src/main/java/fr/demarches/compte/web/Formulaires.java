package fr.demarches.compte.web;

import fr.demarches.compte.MotsDePasse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** The forms of the citizen's account pages, and the checks they share. */
final class Formulaires {

    static final String COURRIEL_OBLIGATOIRE = "Saisissez votre adresse électronique.";
    static final String COURRIEL_INVALIDE = "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.";

    private Formulaires() {
    }

    record Inscription(
            @NotBlank(message = COURRIEL_OBLIGATOIRE) @Email(message = COURRIEL_INVALIDE) @Size(max = 254, message = COURRIEL_INVALIDE) String courriel,
            String motDePasse, String confirmation, Boolean conditions) {

        static Inscription vide() {
            return new Inscription("", null, null, false);
        }
    }

    record Courriel(
            @NotBlank(message = COURRIEL_OBLIGATOIRE) @Email(message = COURRIEL_INVALIDE) @Size(max = 254, message = COURRIEL_INVALIDE) String courriel) {

        static Courriel vide() {
            return new Courriel("");
        }
    }

    record NouveauMotDePasse(String jeton, String motDePasse, String confirmation) {
    }

    record ConfirmationCourriel(String jeton,
            @NotBlank(message = "Saisissez le mot de passe choisi à la création du compte.") String motDePasse) {
    }

    record ChangementMotDePasse(
            @NotBlank(message = "Saisissez votre mot de passe actuel.") String actuel,
            String motDePasse, String confirmation) {

        static ChangementMotDePasse vide() {
            return new ChangementMotDePasse(null, null, null);
        }
    }

    record ChangementCourriel(
            @NotBlank(message = "Saisissez la nouvelle adresse électronique.") @Email(message = COURRIEL_INVALIDE) @Size(max = 254, message = COURRIEL_INVALIDE) String courriel,
            @NotBlank(message = "Saisissez votre mot de passe.") String motDePasse) {

        static ChangementCourriel vide() {
            return new ChangementCourriel("", null);
        }
    }

    record Suppression(@NotBlank(message = "Saisissez votre mot de passe pour confirmer.") String motDePasse) {

        static Suppression vide() {
            return new Suppression(null);
        }
    }

    /** A new password: the house rules, and the same twice. */
    static void verifierNouveauMotDePasse(String motDePasse, String confirmation, BindingResult erreurs) {
        MotsDePasse.refus(motDePasse).ifPresentOrElse(
                raison -> erreurs.rejectValue("motDePasse", "motDePasse.refuse", raison),
                () -> {
                    if (!motDePasse.equals(confirmation)) {
                        erreurs.rejectValue("confirmation", "confirmation.differente",
                                "La confirmation ne correspond pas au mot de passe saisi.");
                    }
                });
    }
}
