package fr.demarches.teledossier.web.usager;

import java.util.regex.Pattern;

import fr.demarches.commune.Referentiel;
import fr.demarches.teledossier.elements.Adresse;
import fr.demarches.teledossier.elements.LieuNaissance;

/** Turns what the forms type into the State's address and birthplace parts. */
final class Adresses {

    private static final Pattern VOIE = Pattern.compile("^(\\d+)\\s*(bis|ter|quater|[a-z])?[\\s,]+(.+)$",
            Pattern.CASE_INSENSITIVE);

    private Adresses() {
    }

    /** "12 bis rue des Écoles": the leading number and its extension apart, the rest as the street's name. */
    static Adresse de(String ligne, String complement, String codePostal, String localite, String codeInsee) {
        var m = VOIE.matcher(ligne.strip());
        String numero = null;
        String extension = null;
        String voie = ligne.strip();
        if (m.matches()) {
            numero = m.group(1);
            extension = m.group(2);
            voie = m.group(3);
        }
        return new Adresse(numero, extension, null, voie, Saisie.net(complement), null, codePostal.strip(), localite,
                codeInsee);
    }

    static LieuNaissance lieu(String lieu, String codePostal, String insee, String pays, String ville, Referentiel referentiel) {
        if (FormulaireDemande.FRANCE.equals(lieu)) {
            var commune = referentiel.parCodeInsee(insee).orElseThrow();
            return LieuNaissance.enFrance(commune.codeInsee(), codePostal.strip(), commune.nom(), commune.departement());
        }
        return LieuNaissance.aLEtranger(ville.strip(), pays, Pays.nom(pays).orElseThrow());
    }
}
