package fr.demarches.teledossier.regles;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a télédossier's elements (form data, name, frozen pieces) stay with the platform: downloadable for
 * {@code duree} from the exact instant of submission (the sources: "les éléments restent téléchargeables 30 jours à
 * compter du dépôt", 30 days by default, {@code app.teledossiers.duree-elements}), or from the last complement the
 * citizen sent at the mairie's request (the commune then has the whole delay for the completed dossier; the
 * callers pass that instant as {@code depot}); from the end instant on they are
 * no longer handed over and the nightly purge deletes them. The list (days left), the dossier page, the download,
 * the attestation, the sFTP push and the purge all ask this rule, so they agree to the second on the last day.
 */
public record ConservationElements(Duration duree) {

    private static final Duration JOUR = Duration.ofDays(1);

    public ConservationElements {
        if (duree == null || duree.isNegative() || duree.isZero()) {
            throw new IllegalArgumentException("La durée de conservation doit être positive : " + duree);
        }
    }

    /** The first instant the elements are no longer available. */
    public Instant fin(Instant depot) {
        return depot.plus(duree);
    }

    public boolean telechargeable(Instant depot, Instant maintenant) {
        return maintenant.isBefore(fin(depot));
    }

    public boolean purgeDue(Instant depot, Instant maintenant) {
        return !telechargeable(depot, maintenant);
    }

    /** Days left, counting the day under way: 30 at submission, 1 during the last 24 hours, 0 once over. */
    public long joursRestants(Instant depot, Instant maintenant) {
        if (!telechargeable(depot, maintenant)) {
            return 0;
        }
        Duration reste = Duration.between(maintenant, fin(depot));
        return reste.dividedBy(JOUR) + (reste.toNanos() % JOUR.toNanos() == 0 ? 0 : 1);
    }

    /** For a query: a dossier submitted at or before this instant is past the delay at {@code maintenant}. */
    public Instant deposesJusquA(Instant maintenant) {
        return maintenant.minus(duree);
    }

    public long jours() {
        return duree.toDays();
    }
}
