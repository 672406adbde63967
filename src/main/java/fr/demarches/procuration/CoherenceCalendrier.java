package fr.demarches.procuration;

import static fr.demarches.shared.Dates.JOUR;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.demarches.procuration.Controle.Statut;
import fr.demarches.scrutin.ScrutinVue;

/**
 * Whether a procuration's dates match the calendar of elections. Code électoral, article R74: a procuration is
 * given for one ballot (one round or both rounds) or for a period; so one round must be a round of an election, two
 * rounds must be the two rounds of one election, and a period is consistent by itself (the page says which elections
 * it covers). With an empty calendar the check stays "unknown": the platform cannot tell.
 */
public final class CoherenceCalendrier {

    public static final String LIBELLE = "Portée conforme au calendrier des scrutins";

    private CoherenceCalendrier() {
    }

    /** {@code commune}: the mandant's; only its ballots count (a partial election elsewhere is no ballot here). */
    public static Controle verifier(Portee portee, LocalDate debut, LocalDate fin, String commune,
            List<ScrutinVue> tous) {
        var calendrier = tous.stream().filter(s -> s.concerne(commune)).toList();
        if (calendrier.isEmpty() || debut == null) {
            return new Controle(LIBELLE, Statut.INCONNU,
                    "Aucun scrutin de la commune n'est inscrit au calendrier des scrutins de la plateforme.");
        }
        return switch (portee) {
            case UN_TOUR -> calendrier.stream()
                    .filter(s -> debut.equals(s.premierTour()) || debut.equals(s.secondTour())).findFirst()
                    .map(s -> reussi("Le " + JOUR.format(debut) + " est un tour de : " + s.nom() + "."))
                    .orElseGet(() -> echec("Aucun scrutin n'a de tour le " + JOUR.format(debut) + "."));
            case DEUX_TOURS -> calendrier.stream()
                    .filter(s -> debut.equals(s.premierTour()) && Objects.equals(fin, s.secondTour())).findFirst()
                    .map(s -> reussi("Les deux tours de : " + s.nom() + "."))
                    .orElseGet(() -> echec("Aucun scrutin n'a ses deux tours le " + JOUR.format(debut)
                            + (fin == null ? "" : " et le " + JOUR.format(fin)) + "."));
            case PERIODE -> {
                long couverts = calendrier.stream().filter(s -> !s.premierTour().isBefore(debut)
                        && (fin == null || !s.premierTour().isAfter(fin))).count();
                yield reussi("Période du " + JOUR.format(debut) + (fin == null ? "" : " au " + JOUR.format(fin))
                        + " : " + couverts + " scrutin(s) du calendrier.");
            }
        };
    }

    private static Controle reussi(String raison) {
        return new Controle(LIBELLE, Statut.REUSSI, raison);
    }

    private static Controle echec(String raison) {
        return new Controle(LIBELLE, Statut.ECHEC, raison);
    }
}
