package fr.demarches.teledossier;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The ballots a commune votes at, as the request forms need them: the next one after a date, with the last day
 * of an online registration request. The scrutin module provides it by declaring a bean implementing this
 * interface; without one, {@link #AUCUN} is used and no deadline warning is shown.
 */
public interface CalendrierScrutins {

    CalendrierScrutins AUCUN = (codeInsee, date) -> Optional.empty();

    /** The first ballot of the commune whose first round is on or after {@code date}. */
    Optional<ProchainScrutin> prochainScrutin(String codeInsee, LocalDate date);

    /** {@code dateLimiteEnLigne}: the last day (included) an online ILE request counts for this ballot. */
    record ProchainScrutin(String nom, LocalDate premierTour, LocalDate dateLimiteEnLigne) {

        /** The usual deadline: the 6th Wednesday before the first round. */
        public static ProchainScrutin avecDateLimiteUsuelle(String nom, LocalDate premierTour) {
            return new ProchainScrutin(nom, premierTour, fr.demarches.teledossier.regles.DateLimiteInscription.pour(premierTour));
        }
    }
}
