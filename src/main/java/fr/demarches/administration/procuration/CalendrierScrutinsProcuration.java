package fr.demarches.administration.procuration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.demarches.procuration.CalendrierScrutins;
import fr.demarches.procuration.Controle;
import fr.demarches.procuration.Controle.Statut;
import fr.demarches.procuration.Portee;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.Scrutins;

import org.springframework.stereotype.Component;

/**
 * Checks a procuration's dates against the administered calendar of elections: one round must be a round's date,
 * two rounds must be the two rounds of one election, a period is consistent by itself and says which elections it
 * covers. With an empty calendar the check stays "unknown".
 */
@Component
class CalendrierScrutinsProcuration implements CalendrierScrutins {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LIBELLE = "Portée cohérente avec le calendrier des scrutins";

    private final Scrutins scrutins;

    CalendrierScrutinsProcuration(Scrutins scrutins) {
        this.scrutins = scrutins;
    }

    @Override
    public Optional<Controle> verifier(Portee portee, LocalDate debut, LocalDate fin) {
        List<ScrutinVue> calendrier = scrutins.tous();
        if (calendrier.isEmpty() || debut == null) {
            return Optional.empty();
        }
        return Optional.of(switch (portee) {
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
        });
    }

    private static Controle reussi(String raison) {
        return new Controle(LIBELLE, Statut.REUSSI, raison);
    }

    private static Controle echec(String raison) {
        return new Controle(LIBELLE, Statut.ECHEC, raison);
    }
}
