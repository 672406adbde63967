package fr.demarches.administration.web;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.CompteConnecte;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in account and its address, as the journal records them. */
final class Acteurs {

    private Acteurs() {
    }

    static Acteur de(CompteConnecte compte, HttpServletRequest requete) {
        return new Acteur(compte.type().espace().name(), compte.id(), compte.getUsername(), requete.getRemoteAddr());
    }
}
