package fr.demarches.teledossier.web.usager;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.demarches.commune.CommuneResume;
import fr.demarches.shared.Dates;
import fr.demarches.shared.TexteSaisi;

import org.springframework.validation.Errors;

/** The checks the request forms share, each recording a French message on the field. */
final class Saisie {

    private Saisie() {
    }

    /** A date typed as 14/07/1990 (or as the browser's 1990-07-14), in the past; null otherwise. */
    static LocalDate datePassee(String saisie, LocalDate aujourdhui) {
        if (!present(saisie)) {
            return null;
        }
        try {
            LocalDate date = Dates.lire(saisie);
            return date.isBefore(aujourdhui) && date.isAfter(aujourdhui.minusYears(130)) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static void commune(String code, String champCode, String insee, String champCommune,
            List<CommuneResume> communes, String laquelle, Errors erreurs) {
        if (!present(code) || !code.strip().matches("\\d{5}")) {
            erreurs.rejectValue(champCode, champCode, "Saisissez le code postal de la commune " + laquelle
                    + " : 5 chiffres, par exemple 92000.");
        } else if (communes.isEmpty()) {
            erreurs.rejectValue(champCode, champCode, "Aucune commune ne correspond à ce code postal : vérifiez-le.");
        } else if (insee == null || communes.stream().noneMatch(c -> c.codeInsee().equals(insee))) {
            erreurs.rejectValue(champCommune, champCommune, "Choisissez la commune " + laquelle + " dans la liste.");
        }
    }

    /**
     * A place of birth: a commune found by its postal code in France, or a country and a town abroad.
     * {@code lieuManquant}: the message when neither is chosen.
     */
    static void lieu(String lieu, String champLieu, String codePostal, String champCode, String insee, String champInsee,
            String pays, String champPays, String ville, String champVille, List<CommuneResume> communes,
            String lieuManquant, Errors erreurs) {
        if (FormulaireDemande.FRANCE.equals(lieu)) {
            commune(codePostal, champCode, insee, champInsee, communes, "de naissance", erreurs);
        } else if (FormulaireDemande.ETRANGER.equals(lieu)) {
            if (Pays.nom(pays).isEmpty()) {
                erreurs.rejectValue(champPays, champPays, "Choisissez le pays de naissance.");
            }
            obligatoire(ville, champVille, "Saisissez la ville de naissance.", erreurs);
        } else {
            erreurs.rejectValue(champLieu, champLieu, lieuManquant);
        }
    }

    static void obligatoire(String valeur, String champ, String message, Errors erreurs) {
        if (!present(valeur)) {
            erreurs.rejectValue(champ, champ, message);
        } else {
            longueur(valeur, champ, erreurs);
        }
    }

    static void longueur(String valeur, String champ, Errors erreurs) {
        if (valeur != null && valeur.strip().length() > 200) {
            erreurs.rejectValue(champ, champ + ".longueur", "Ce champ ne doit pas dépasser 200 caractères.");
        } else if (TexteSaisi.aDesControles(valeur)) {
            erreurs.rejectValue(champ, champ + ".controle", TexteSaisi.CONTROLE_REFUSE);
        }
    }

    static boolean present(String valeur) {
        return valeur != null && !valeur.isBlank();
    }

    static String net(String valeur) {
        return present(valeur) ? valeur.strip() : null;
    }
}
