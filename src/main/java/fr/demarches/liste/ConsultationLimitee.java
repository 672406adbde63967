package fr.demarches.liste;

import static fr.demarches.shared.Dates.JOUR_HEURE;

import java.time.Instant;

import fr.demarches.shared.Refus;

/** Too many look-ups of "ma situation électorale" from one account: refused until the block ends. */
public final class ConsultationLimitee extends Refus {

    public ConsultationLimitee(Instant jusqua) {
        super("Vous avez consulté votre situation électorale trop souvent. Vous pourrez la consulter de nouveau le "
                + JOUR_HEURE.format(jusqua) + ".");
    }
}
