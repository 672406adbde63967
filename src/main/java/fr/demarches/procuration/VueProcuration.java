package fr.demarches.procuration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A procuration as the screens show it. {@code etat} is the state as of now (a request past its delay reads
 * "expired"); {@code referenceEnAttente} is the reference the mandant must still show an officer, if any.
 * {@code etablieEnLigne}: established with no officer (décret n° 2025-1059); {@code identiteAttestee}: how the
 * mandant's identity was attested (provider, level, subject, time), when through an identity provider.
 */
public record VueProcuration(UUID id, String reference, EtatProcuration etat, String commune, String communeInsee,
        String nneMandant, String nomNaissance, String nomUsage, String prenoms, LocalDate dateNaissance,
        String lieuNaissance, String mandataire, Portee portee, LocalDate debut, LocalDate fin, Instant deposeeLe,
        Instant expireLe, Instant etablieLe, String officier, String pieceType, String motif, String decideePar,
        String referenceEnAttente, boolean resiliationEnAttente, boolean resiliable, List<Controle> controles,
        boolean etablieEnLigne, String identiteAttestee) {

    /** See {@link Portee#dates}. */
    public String porteeLibelle() {
        return portee.dates(debut, fin);
    }

    public boolean toutReussi() {
        return controles != null && !controles.isEmpty()
                && controles.stream().allMatch(c -> c.statut() == Controle.Statut.REUSSI);
    }
}
