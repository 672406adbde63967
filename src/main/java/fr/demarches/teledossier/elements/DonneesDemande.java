package fr.demarches.teledossier.elements;

import fr.demarches.commune.Procedure;

/**
 * What a citizen's request carries, one type per procedure: the submission, the stored JSON, the CERFA and the XML
 * file switch on it, and the compiler checks that every procedure is handled.
 */
public sealed interface DonneesDemande permits DonneesIle, DonneesRco {

    default Procedure procedure() {
        return switch (this) {
            case DonneesIle ile -> Procedure.ILE;
            case DonneesRco rco -> Procedure.RCO;
        };
    }

    String prenoms();

    /** How the identity was attested at deposit (FranceConnect), null after a password sign-in. */
    IdentiteCertifiee identiteCertifiee();

    /** The same request carrying how its identity was attested. */
    DonneesDemande avec(IdentiteCertifiee certifiee);

    /** The name of the birth certificate (ILE: "nom de naissance", RCO: "nom de famille"). */
    String nomNaissance();

    /** The INSEE code of the commune whose mairie receives the request. */
    String communeDestinataire();

    /** The usual given name and the name, as the mairie's working list searches them. */
    default String nomUsager() {
        return prenomUsuel() + " " + nomNaissance();
    }

    /** The first given name is the usual one ("PrenomUsuel"); the others follow ("Prenom"). */
    default String prenomUsuel() {
        return Textes.premierMot(prenoms());
    }

    default String autresPrenoms() {
        return Textes.apresPremierMot(prenoms());
    }
}
