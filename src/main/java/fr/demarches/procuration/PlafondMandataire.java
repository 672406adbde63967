package fr.demarches.procuration;

import static fr.demarches.shared.Dates.JOUR;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fr.demarches.procuration.Controle.Statut;

/**
 * The ceiling of a mandataire. Code électoral, article L73, first paragraph: « Chaque mandataire ne peut disposer de
 * plus de deux procurations, dont une seule établie en France. » The platform knows only the procurations established
 * in France, so it checks that half: among the mandataire's procurations established in France whose periods
 * overlap, the first established holds and every later one exceeds the ceiling. The "two in all" half needs the
 * procurations established abroad, which never reach the platform.
 * <p>
 * The mandataire is one person however designated (NNE or civil status, all given names or fewer): who is who is
 * {@code liste.IdentificationElecteur}'s rule, and a mandataire found on no imported list never passes.
 */
public final class PlafondMandataire {

    /** Procurations established in France that one mandataire may hold over the same period (L73). */
    public static final int ETABLIES_EN_FRANCE = 1;

    public static final String LIBELLE = "Plafond du mandataire (article L73 du code électoral)";

    /** Same instant: the smaller identifier first (the order PostgreSQL gives UUIDs), so the answer never flips. */
    private static final Comparator<Etablie> ORDRE = Comparator.comparing(Etablie::etablieLe)
            .thenComparing(e -> e.id().toString());

    private PlafondMandataire() {
    }

    /** How sure it is that another procuration designates the same mandataire. */
    public enum Lien {
        /** Same NNE, same civil-status key, or identified as the same elector of a list. */
        MEME_MANDATAIRE,
        /** Compatible civil status, but no list says who it is: perhaps the same person. */
        PEUT_ETRE
    }

    /** Another procuration established in France over an overlapping period: when, its reference, how linked. */
    public record Etablie(UUID id, String reference, Instant etablieLe, Lien lien) {
    }

    /**
     * The check of {@code procuration} (null {@code etablieLe}: not established yet) against the other procurations
     * established in France over an overlapping period, in any order. {@code identification} says how the
     * mandataire was found on an imported list (the agent reads it); null when not found: the mandataire may hold
     * another procuration under another designation (NNE or civil status), so the check cannot pass.
     */
    public static Controle verifier(UUID id, Instant etablieLe, String identification, List<Etablie> autres) {
        if (etablieLe == null) {
            return new Controle(LIBELLE, Statut.INCONNU, "La procuration n'est pas encore établie.");
        }
        var elle = new Etablie(id, null, etablieLe, null);
        var anterieures = autres.stream().filter(a -> !a.id().equals(id) && ORDRE.compare(a, elle) < 0)
                .sorted(ORDRE).toList();
        var memes = anterieures.stream().filter(a -> a.lien() == Lien.MEME_MANDATAIRE).toList();
        String qui = identification == null ? "" : "Mandataire identifié " + identification + ". ";
        if (memes.size() >= ETABLIES_EN_FRANCE) {
            var premiere = memes.getFirst();
            return new Controle(LIBELLE, Statut.ECHEC, qui + "Le mandataire détient déjà une procuration établie en "
                    + "France pour cette période (" + premiere.reference() + ", établie le "
                    + JOUR.format(premiere.etablieLe()) + ") : la première établie prévaut.");
        }
        if (identification == null) {
            return new Controle(LIBELLE, Statut.INCONNU, "Le mandataire n'a pas été identifié sur une liste électorale "
                    + "importée : une autre procuration qui le désignerait autrement (numéro national d'électeur ou "
                    + "état civil) ne peut pas être exclue. À vérifier avant d'accepter.");
        }
        var douteuse = anterieures.stream().filter(a -> a.lien() == Lien.PEUT_ETRE).findFirst();
        if (douteuse.isPresent()) {
            return new Controle(LIBELLE, Statut.INCONNU, qui + "La procuration " + douteuse.get().reference()
                    + ", établie le " + JOUR.format(douteuse.get().etablieLe()) + " pour cette période, désigne peut-être "
                    + "le même mandataire (état civil compatible, non identifié sur une liste). À vérifier.");
        }
        return new Controle(LIBELLE, Statut.REUSSI, qui + "Aucune autre procuration établie en France n'est connue pour "
                + "ce mandataire sur cette période (les procurations établies à l'étranger ne sont pas connues ici).");
    }
}
