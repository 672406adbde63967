package fr.demarches.procuration;

/**
 * A procuration changed state: the mandant is told (with the reason of a refusal); when an officer validated it,
 * the commune's mailbox gets a notice with no personal data. {@code enLigne}: established (or cancelled) online,
 * with no officer (see {@link EtablissementEnLigne}). {@code boiteCommune}: the commune's mailbox when the publisher
 * had just read it (the listener then reads nothing); null: the listener looks it up. {@code validationIncluse}: the
 * commune accepted it automatically right after its validation (officer or online), in the same transaction: one
 * event says both changes (one publication to record, claim and complete instead of two), and the validation's
 * mails leave first, as they did from two events.
 */
public record EtatProcurationChange(String reference, String communeInsee, String courrielMandant,
        EtatProcuration etat, String motif, boolean enLigne, String boiteCommune, boolean validationIncluse) {

    /** A change made by an officer, the commune or the clock. */
    public EtatProcurationChange(String reference, String communeInsee, String courrielMandant, EtatProcuration etat,
            String motif) {
        this(reference, communeInsee, courrielMandant, etat, motif, false);
    }

    public EtatProcurationChange(String reference, String communeInsee, String courrielMandant, EtatProcuration etat,
            String motif, boolean enLigne) {
        this(reference, communeInsee, courrielMandant, etat, motif, enLigne, null, false);
    }

    /** The validation this event also says ({@code validationIncluse}), as its own event said it. */
    public EtatProcurationChange validation() {
        return new EtatProcurationChange(reference, communeInsee, courrielMandant, EtatProcuration.VALIDEE_AUTORITE, null,
                enLigne, boiteCommune, false);
    }
}
