package fr.demarches.commune;

import java.util.UUID;

import fr.demarches.audit.Acteur;

/**
 * Creates the commune administrator's account when a raccordement is accepted. Declared here and implemented by
 * the accounts module, so that accepting a request stays one transaction without the commune module depending
 * on the accounts module (which itself reads the referential).
 */
public interface AdministrateursCommune {

    /** The administrator's account (created without password, a set-password link is sent); refuses an address
     *  already used by another commune's account. */
    UUID administrateurCommunePourRaccordement(String courriel, String nom, String prenoms, String codeInsee,
            Acteur acteur);
}
