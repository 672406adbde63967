package fr.demarches.teledossier.regles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.demarches.scrutin.CalendrierElectoral;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.teledossier.elements.DonneesIle.CasParticulier;
import fr.demarches.teledossier.elements.DonneesIle.InscriptionTardive;

/**
 * The late registrations of Code électoral L30: after the usual deadline (L17, R5 online) and until the 10th day
 * before the ballot ({@link CalendrierElectoral#dateLimiteCasParticuliers}), someone in one of the L30 situations
 * may still register for that ballot, online too. The service asks the ground only in that window and keeps it
 * only if the request is sent within it; the mairie checks the proof and decides.
 */
public final class CasParticuliersIle {

    private CasParticuliersIle() {
    }

    /** The grounds one may claim: acquiring French nationality (4°) concerns only a French national. */
    public static List<CasParticulier> offerts(boolean francais) {
        return Arrays.stream(CasParticulier.values()).filter(c -> francais || c != CasParticulier.NATURALISATION).toList();
    }

    /** Whether the ballot's window is the L30 one at {@code maintenant}: the question is asked only then. */
    public static boolean question(ScrutinVue scrutin, Instant maintenant) {
        return CalendrierElectoral.periode(scrutin.dateLimiteInscription(), scrutin.premierTour(), maintenant)
                == CalendrierElectoral.Periode.CAS_PARTICULIERS;
    }

    /**
     * The ground a request sent at {@code depot} carries: the one claimed, if the request is sent after the usual
     * deadline and by the L30 one; none otherwise (before, it needs none; after, it counts for later ballots).
     */
    public static Optional<InscriptionTardive> retenu(CasParticulier motif, ScrutinVue scrutin, Instant depot) {
        if (motif == null || !question(scrutin, depot)) {
            return Optional.empty();
        }
        return Optional.of(new InscriptionTardive(motif, scrutin.nom(), scrutin.premierTour(),
                scrutin.dateLimiteCasParticuliers()));
    }

    /**
     * L30, 3° concerns those who meet the age condition « après la clôture des délais d'inscription »: whoever was
     * already 18 on the usual deadline does not qualify (warned, not refused: the mairie decides).
     */
    public static boolean majoriteApresDateLimite(LocalDate naissance, LocalDate dateLimite) {
        return RegleAgeIle.majorite(naissance).isAfter(dateLimite);
    }
}
