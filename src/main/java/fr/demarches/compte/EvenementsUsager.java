package fr.demarches.compte;

import java.util.UUID;

/**
 * What happens to a citizen's account that someone must be told by e-mail. The links are minted by the
 * listener that sends the mail ({@link LiensParCourriel}), so no usable token is ever kept in the event registry.
 */
public final class EvenementsUsager {

    private EvenementsUsager() {
    }

    /** A new account, or one not yet confirmed whose owner asked for the link again. */
    public record ConfirmationCourrielDemandee(UUID compteId, String courriel) {
    }

    /** Someone tried to register, or to move an account to, an address that already has an account. */
    public record AdresseDejaInscrite(String courriel) {
    }

    public record ReinitialisationMotDePasseDemandee(UUID compteId, String courriel) {
    }

    public record MotDePasseModifie(String courriel) {
    }

    /** The link goes to the new address; the old one is warned, in case someone else is at the keyboard. */
    public record ChangementCourrielDemande(UUID compteId, String ancienCourriel, String nouveauCourriel) {
    }

    public record CompteUsagerSupprime(UUID compteId, String courriel) {
    }
}
