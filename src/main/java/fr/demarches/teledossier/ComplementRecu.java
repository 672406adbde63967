package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/**
 * The citizen answered a request for complements: the commune is told (number and procedure only) and, in sFTP
 * mode, the complement is pushed as its own file; {@code rang}: 1 for the first complement of the dossier.
 */
public record ComplementRecu(String numero, Procedure procedure, String communeInsee, int rang) {
}
