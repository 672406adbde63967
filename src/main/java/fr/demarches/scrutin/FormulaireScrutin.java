package fr.demarches.scrutin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The scrutin form as typed. Dates come from {@code <input type="date">} (yyyy-MM-dd) and are parsed by
 * {@link Scrutins#verifier}, which gives French messages; {@code communes} is a list of INSEE codes.
 */
public record FormulaireScrutin(
        @NotBlank(message = "Indiquez le nom du scrutin.") @Size(max = 200, message = "Le nom est trop long.")
        String nom,
        @NotNull(message = "Choisissez le type de scrutin.")
        TypeScrutin type,
        @NotBlank(message = "Indiquez la date du premier tour.")
        String premierTour,
        String secondTour,
        String dateLimiteInscription,
        @NotBlank(message = "Indiquez les communes concernées.")
        String portee,
        @Size(max = 200_000, message = "La liste des communes est trop longue.")
        String communes) {

    public static final String TOUTES = "TOUTES";
    public static final String LISTE = "LISTE";

    public static FormulaireScrutin vide() {
        return new FormulaireScrutin(null, null, null, null, null, TOUTES, null);
    }

    public static FormulaireScrutin de(ScrutinVue s) {
        return new FormulaireScrutin(s.nom(), s.type(), s.premierTour().toString(),
                s.secondTour() == null ? null : s.secondTour().toString(),
                s.dateLimiteModifiee() ? s.dateLimiteInscription().toString() : null,
                s.toutesCommunes() ? TOUTES : LISTE, String.join(" ", s.communes()));
    }
}
