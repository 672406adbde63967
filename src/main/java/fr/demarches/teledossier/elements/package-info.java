/**
 * What a télédossier carries and how it is handed to the mairie: the typed form data (ILE, RCO), the XML data
 * file (structure of the State's current RCO file, {@code RecensementCitoyen}, and its ILE sibling), the pre-filled
 * CERFA PDF, and the ZIP that bundles them with the pieces.
 */
package fr.demarches.teledossier.elements;
