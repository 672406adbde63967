package fr.demarches.procuration;

/**
 * A procuration changed state: the mandant is told (with the reason of a refusal); when an officer validated it,
 * the commune's mailbox gets a notice with no personal data.
 */
public record EtatProcurationChange(String reference, String communeInsee, String courrielMandant,
        EtatProcuration etat, String motif) {
}
