package fr.demarches.compte;

import java.util.Locale;

/**
 * A citizen's e-mail address in the one spelling the platform keeps. Domain names ignore case, and mailbox providers
 * treat the local part the same way (FranceConnect sends it lower-cased): « Jean.Dupont@Exemple.fr » typed on a phone
 * is the same mailbox as « jean.dupont@exemple.fr », hence the same account, sign-in, failure counter and mail limit.
 */
public final class AdresseCourriel {

    private AdresseCourriel() {
    }

    public static String normalisee(String adresse) {
        return adresse == null ? null : adresse.strip().toLowerCase(Locale.ROOT);
    }
}
