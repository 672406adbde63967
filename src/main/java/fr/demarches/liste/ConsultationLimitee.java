package fr.demarches.liste;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import fr.demarches.shared.Fuseau;
import fr.demarches.shared.Refus;

/** Too many look-ups of "ma situation électorale" from one account: refused until the block ends. */
public final class ConsultationLimitee extends Refus {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm")
            .withZone(Fuseau.PARIS);

    public ConsultationLimitee(Instant jusqua) {
        super("Vous avez consulté votre situation électorale trop souvent. Vous pourrez la consulter de nouveau le "
                + HEURE.format(jusqua) + ".");
    }
}
