package fr.demarches.compte;

/**
 * A short fingerprint of an account's stored password hash, kept in each signed-in session. When the password
 * changes, the sessions opened with the old one no longer match and end at their next request: someone who
 * changes a password because it leaked also closes the intruder's session. The session that made the change
 * takes the new fingerprint and stays open.
 */
public final class EmpreinteMotDePasse {

    private EmpreinteMotDePasse() {
    }

    /** The session attribute holding the fingerprint, one per portal's kind of account. */
    public static String attribut(Espace espace) {
        return "EMPREINTE_MOT_DE_PASSE_" + espace.name();
    }

    /** Null for an account without a password (such an account cannot be signed in anyway). */
    static String de(String motDePasseChiffre) {
        return motDePasseChiffre == null ? null : Jetons.empreinte(motDePasseChiffre).substring(0, 16);
    }
}
