package fr.demarches.commune;

import java.time.LocalDate;
import java.util.UUID;

import fr.demarches.audit.Acteur;

/**
 * A commune's request was accepted, by {@code acteur}. Published inside the acceptance's transaction: the accounts
 * module opens (or reopens) the administrator's account as it is published, and a refusal there undoes the
 * acceptance; after the commit, the administrator receives a link to set a password.
 */
public record RaccordementAccepte(UUID demandeId, String codeInsee, String commune, LocalDate dateEffet,
        String administrateurCourriel, String administrateurNom, String administrateurPrenoms,
        String contactCourriel, Acteur acteur) {
}
