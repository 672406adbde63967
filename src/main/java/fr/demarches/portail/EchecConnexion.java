package fr.demarches.portail;

import java.io.Serializable;

/**
 * Why the last login attempt on a portal failed, and what was typed, kept in the session until the login page
 * shows it once (the password is never kept).
 */
public record EchecConnexion(String message, String identifiant) implements Serializable {

    public static String cle(Portail portail) {
        return "echecConnexion." + portail.getCle();
    }
}
