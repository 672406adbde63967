package fr.demarches.commune;

import java.util.Set;

import fr.demarches.shared.SansControle;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public "Demande de raccordement" form as typed. The rules that depend on other fields (sFTP details when
 * the mode is sFTP, the commune matching the postal code) are checked by {@link DemandesRaccordement#verifier}.
 */
public record FormulaireRaccordement(
        @NotBlank(message = "Indiquez le code postal de la commune.")
        @Pattern(regexp = "\\s*\\d{5}\\s*", message = "Le code postal se compose de 5 chiffres, par exemple 92000.")
        String codePostal,
        String codeInsee,
        @NotEmpty(message = "Choisissez au moins une démarche.")
        Set<Procedure> procedures,
        @NotNull(message = "Choisissez le mode de réception des télédossiers.")
        ModeRaccordement mode,
        @NotBlank(message = "Indiquez la boîte fonctionnelle de la mairie.")
        @Email(message = COURRIEL) @Size(max = 254, message = COURRIEL)
        String boiteFonctionnelle,
        @NotBlank(message = "Indiquez le nom du contact administratif.") @Size(max = 200, message = TROP_LONG) @SansControle
        String contactNom,
        @Size(max = 200, message = TROP_LONG) @SansControle
        String contactFonction,
        @NotBlank(message = "Indiquez l'adresse électronique du contact administratif.")
        @Email(message = COURRIEL) @Size(max = 254, message = COURRIEL)
        String contactCourriel,
        @NotBlank(message = "Indiquez le téléphone du contact administratif.")
        @Pattern(regexp = TELEPHONE, message = TELEPHONE_INVALIDE)
        String contactTelephone,
        @Size(max = 200, message = TROP_LONG) @SansControle
        String techniqueNom,
        @Email(message = COURRIEL) @Size(max = 254, message = COURRIEL)
        String techniqueCourriel,
        @Pattern(regexp = "|" + TELEPHONE, message = TELEPHONE_INVALIDE)
        String techniqueTelephone,
        @Size(max = 253, message = TROP_LONG)
        String sftpHote,
        String sftpPort,
        @Size(max = 500, message = TROP_LONG)
        String sftpDossier,
        @Size(max = 100, message = TROP_LONG)
        String sftpIdentifiant,
        @Size(max = 10_000, message = "Le secret ne doit pas dépasser 10 000 caractères.")
        String sftpSecret,
        @NotBlank(message = "Indiquez le nom de l'administrateur de la commune.") @Size(max = 200, message = TROP_LONG)
        @SansControle String administrateurNom,
        @NotBlank(message = "Indiquez le prénom de l'administrateur de la commune.") @Size(max = 200, message = TROP_LONG)
        @SansControle String administrateurPrenoms,
        @NotBlank(message = "Indiquez l'adresse électronique de l'administrateur de la commune.")
        @Email(message = COURRIEL) @Size(max = 254, message = COURRIEL)
        String administrateurCourriel) {

    static final String COURRIEL = "Saisissez une adresse électronique valide, par exemple nom@mairie-exemple.fr.";
    static final String TROP_LONG = "Ce champ est trop long.";
    static final String TELEPHONE = "\\s*(\\+33|0)[1-9](\\s?\\.?\\d{2}){4}\\s*";
    static final String TELEPHONE_INVALIDE = "Saisissez un numéro de téléphone valide, par exemple 01 23 45 67 89.";

    public static FormulaireRaccordement vide() {
        return new FormulaireRaccordement(null, null, Set.of(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
