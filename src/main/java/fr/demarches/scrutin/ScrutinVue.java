package fr.demarches.scrutin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An election as other modules read it. {@code dateLimiteInscription} is the one that applies: the
 * administrator's override if any, otherwise the computed one.
 */
public record ScrutinVue(UUID id, String nom, TypeScrutin type, LocalDate premierTour, LocalDate secondTour,
        LocalDate dateLimiteInscription, boolean dateLimiteModifiee, boolean toutesCommunes, List<String> communes) {

    /** {@code dateLimiteFixee}: the administrator's override, null for the computed deadline. */
    public static ScrutinVue de(UUID id, String nom, TypeScrutin type, LocalDate premierTour, LocalDate secondTour,
            LocalDate dateLimiteFixee, boolean toutesCommunes, List<String> communes) {
        return new ScrutinVue(id, nom, type, premierTour, secondTour, dateLimiteFixee != null ? dateLimiteFixee
                : CalendrierElectoral.dateLimiteInscriptionEnLigne(premierTour), dateLimiteFixee != null,
                toutesCommunes, List.copyOf(communes));
    }

    public LocalDate dateLimiteCalculee() {
        return CalendrierElectoral.dateLimiteInscriptionEnLigne(premierTour);
    }

    /** The L30 deadline (10th day before the first round), never overridden: the law fixes it. */
    public LocalDate dateLimiteCasParticuliers() {
        return CalendrierElectoral.dateLimiteCasParticuliers(premierTour);
    }

    /** The election's last round: the second when there is one. */
    public LocalDate dernierTour() {
        return secondTour != null ? secondTour : premierTour;
    }

    public boolean concerne(String codeInsee) {
        return toutesCommunes || codeInsee != null && communes.contains(codeInsee);
    }
}
