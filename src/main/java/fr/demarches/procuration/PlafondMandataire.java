package fr.demarches.procuration;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fr.demarches.procuration.Controle.Statut;
import fr.demarches.shared.Fuseau;

/**
 * The ceiling of a mandataire. Code électoral, article L73, first paragraph: « Chaque mandataire ne peut disposer de
 * plus de deux procurations, dont une seule établie en France. » The platform knows only the procurations established
 * in France, so it checks that half: among the mandataire's procurations established in France whose periods
 * overlap, the first established holds and every later one exceeds the ceiling. The "two in all" half needs the
 * procurations established abroad, which never reach the platform.
 */
public final class PlafondMandataire {

    /** Procurations established in France that one mandataire may hold over the same period (L73). */
    public static final int ETABLIES_EN_FRANCE = 1;

    public static final String LIBELLE = "Plafond du mandataire (article L73 du code électoral)";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Fuseau.PARIS);

    /** Same instant: the smaller identifier first (the order PostgreSQL gives UUIDs), so the answer never flips. */
    private static final Comparator<Etablie> ORDRE = Comparator.comparing(Etablie::etablieLe)
            .thenComparing(e -> e.id().toString());

    private PlafondMandataire() {
    }

    /** A procuration of the mandataire established in France: when, and its reference for the message. */
    public record Etablie(UUID id, String reference, Instant etablieLe) {
    }

    /**
     * The check of {@code procuration} (null {@code etablieLe}: not established yet) against the mandataire's other
     * procurations established in France over an overlapping period, in any order.
     */
    public static Controle verifier(UUID id, Instant etablieLe, List<Etablie> autres) {
        if (etablieLe == null) {
            return new Controle(LIBELLE, Statut.INCONNU, "La procuration n'est pas encore établie.");
        }
        var elle = new Etablie(id, null, etablieLe);
        var anterieures = autres.stream().filter(a -> !a.id().equals(id) && ORDRE.compare(a, elle) < 0)
                .sorted(ORDRE).toList();
        if (anterieures.size() >= ETABLIES_EN_FRANCE) {
            var premiere = anterieures.getFirst();
            return new Controle(LIBELLE, Statut.ECHEC, "Le mandataire détient déjà une procuration établie en France "
                    + "pour cette période (" + premiere.reference() + ", établie le " + DATE.format(premiere.etablieLe())
                    + ") : la première établie prévaut.");
        }
        return new Controle(LIBELLE, Statut.REUSSI, "Aucune autre procuration établie en France n'est connue pour ce "
                + "mandataire sur cette période (les procurations établies à l'étranger ne sont pas connues ici).");
    }
}
