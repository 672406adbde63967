package fr.demarches.liste;

import java.util.List;
import java.util.UUID;

/**
 * The procurations "ma situation électorale" shows. The procuration module implements it: it reads the electoral
 * lists, so this module cannot call it directly without a cycle.
 */
public interface ProcurationsDeLElecteur {

    /** The procurations the account gave as mandant whose period has not ended, whatever their state. */
    List<Resume> donnees(UUID compteId);

    /**
     * The procurations established (and not refused, cancelled or expired) whose period has not ended and whose
     * mandataire is this elector, however designated (see {@link IdentificationElecteur}); never a mere homonym.
     */
    List<Resume> detenues(Electeur electeur);

    /** {@code autrePersonne}: the mandataire of a procuration given, the mandant of one held. */
    record Resume(String autrePersonne, String commune, String portee, String etat) {
    }
}
