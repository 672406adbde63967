package fr.demarches.teledossier.regles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.demarches.shared.Fuseau;
import fr.demarches.shared.JoursOuvres;

/**
 * The recourse open to a citizen whose registration on the electoral list is refused, told with the decision.
 * Code électoral, art. L18 III: the refusal "est notifiée par écrit à l'électeur intéressé" and may be contested by
 * "un recours administratif préalable obligatoire" before the commission de contrôle "dans un délai de cinq jours à
 * compter de la notification"; art. L20 I: the commission's decision may then be brought before the tribunal
 * judiciaire within seven days of its notification (art. R18 for the form of the request). The day of the
 * notification does not count and a deadline ending on a Saturday, Sunday or public holiday moves to the next
 * working day (Code de procédure civile, art. 641 and 642).
 */
public record RecoursRefusInscription(LocalDate notification, LocalDate limiteRecoursPrealable) {

    public static final int JOURS_RECOURS_PREALABLE = 5;
    public static final int JOURS_TRIBUNAL = 7;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    /** The refusal notified at {@code notification} (the closing, whose mail is the written notification). */
    public static RecoursRefusInscription notifie(Instant notification) {
        LocalDate jour = LocalDate.ofInstant(notification, Fuseau.PARIS);
        LocalDate limite = jour.plusDays(JOURS_RECOURS_PREALABLE);
        while (!JoursOuvres.ouvre(limite)) {
            limite = limite.plusDays(1);
        }
        return new RecoursRefusInscription(jour, limite);
    }

    /** What the citizen reads under the refusal, in the mail and on the dashboard. */
    public String texte() {
        return "Vous pouvez contester cette décision par un recours administratif préalable obligatoire devant la "
                + "commission de contrôle de votre commune, dans un délai de " + JOURS_RECOURS_PREALABLE
                + " jours à compter de sa notification, soit au plus tard le " + DATE.format(limiteRecoursPrealable)
                + " (article L18 du Code électoral). La décision de la commission peut ensuite être contestée devant "
                + "le tribunal judiciaire dans un délai de " + JOURS_TRIBUNAL + " jours à compter de sa notification "
                + "(article L20 du Code électoral).";
    }
}
