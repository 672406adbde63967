package fr.demarches.compte.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.shared.Dates;
import fr.demarches.shared.TexteSaisi;

import org.springframework.validation.BindingResult;

/**
 * "Mes informations" as typed, every field a string so that nothing typed is lost on an error. The communes are
 * chosen in two steps without JavaScript: a postal code, a search button, then a list of the communes it serves.
 */
record FormulaireProfil(String sexe, String nomNaissance, String nomUsage, String prenoms, String dateNaissance,
        String lieuNaissance, String codePostalNaissance, String naissanceCommuneInsee, String naissancePays,
        String naissanceLocalite, String nationalite, String adresse, String complementAdresse, String codePostal,
        String communeInsee, String telephone, String action) {

    static final String FRANCE = "FRANCE";
    static final String ETRANGER = "ETRANGER";

    static FormulaireProfil de(ProfilUsager p, Referentiel referentiel) {
        String codePostalNaissance = p.naissanceCommuneInsee() == null ? null
                : referentiel.parCodeInsee(p.naissanceCommuneInsee()).map(c -> c.codesPostaux().getFirst()).orElse(null);
        String lieu = p.neEnFrance() ? FRANCE : p.neALEtranger() ? ETRANGER : null;
        return new FormulaireProfil(p.sexe(), p.nomNaissance(), p.nomUsage(), p.prenoms(),
                p.dateNaissance() == null ? null : p.dateNaissance().toString(), lieu, codePostalNaissance,
                p.naissanceCommuneInsee(), p.naissancePays(), p.naissanceLocalite(), p.nationalite(), p.adresse(),
                p.complementAdresse(), p.codePostal(), p.communeInsee(), p.telephone(), null);
    }

    /** The same form with each commune completed as {@link Referentiel#communeChoisie} says. */
    FormulaireProfil avecCommunes(Referentiel referentiel) {
        return new FormulaireProfil(sexe, nomNaissance, nomUsage, prenoms, dateNaissance, lieuNaissance,
                codePostalNaissance, referentiel.communeChoisie(codePostalNaissance, naissanceCommuneInsee),
                naissancePays, naissanceLocalite, nationalite, adresse, complementAdresse, codePostal,
                referentiel.communeChoisie(codePostal, communeInsee), telephone, action);
    }

    boolean enregistrer() {
        return action == null || "enregistrer".equals(action);
    }

    /** Checks every field, records the errors in French, and returns the profile when there is none. */
    Optional<ProfilUsager> verifier(List<CommuneResume> communesNaissance, List<CommuneResume> communesAdresse,
            LocalDate aujourdhui, BindingResult erreurs) {
        if (!"F".equals(sexe) && !"M".equals(sexe)) {
            erreurs.rejectValue("sexe", "sexe", "Indiquez votre sexe.");
        }
        obligatoire(nomNaissance, "nomNaissance", "Saisissez votre nom de naissance.", erreurs);
        longueur(nomUsage, "nomUsage", erreurs);
        obligatoire(prenoms, "prenoms", "Saisissez vos prénoms.", erreurs);
        LocalDate date = date(aujourdhui, erreurs);
        if (FRANCE.equals(lieuNaissance)) {
            commune(codePostalNaissance, "codePostalNaissance", naissanceCommuneInsee, "naissanceCommuneInsee",
                    communesNaissance, "de naissance", erreurs);
        } else if (ETRANGER.equals(lieuNaissance)) {
            obligatoire(naissancePays, "naissancePays", "Saisissez le pays de naissance.", erreurs);
            obligatoire(naissanceLocalite, "naissanceLocalite", "Saisissez la ville de naissance.", erreurs);
        } else {
            erreurs.rejectValue("lieuNaissance", "lieuNaissance", "Indiquez si vous êtes né en France ou à l'étranger.");
        }
        obligatoire(nationalite, "nationalite", "Saisissez votre nationalité.", erreurs);
        obligatoire(adresse, "adresse", "Saisissez le numéro et la voie de votre adresse.", erreurs);
        longueur(complementAdresse, "complementAdresse", erreurs);
        commune(codePostal, "codePostal", communeInsee, "communeInsee", communesAdresse, "de votre adresse", erreurs);
        if (present(telephone) && !telephone.strip().matches("\\+?[0-9][0-9 .-]{8,18}[0-9]")) {
            erreurs.rejectValue("telephone", "telephone",
                    "Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.");
        }
        if (erreurs.hasErrors()) {
            return Optional.empty();
        }
        boolean enFrance = FRANCE.equals(lieuNaissance);
        return Optional.of(new ProfilUsager(sexe, nomNaissance.strip(), net(nomUsage), prenoms.strip(), date,
                enFrance ? naissanceCommuneInsee : null, enFrance ? null : naissancePays.strip(),
                enFrance ? null : naissanceLocalite.strip(), nationalite.strip(), adresse.strip(),
                net(complementAdresse), codePostal.strip(), communeInsee, net(telephone)));
    }

    private LocalDate date(LocalDate aujourdhui, BindingResult erreurs) {
        if (!present(dateNaissance)) {
            erreurs.rejectValue("dateNaissance", "dateNaissance", "Saisissez votre date de naissance.");
            return null;
        }
        LocalDate date;
        try {
            date = Dates.lire(dateNaissance);
        } catch (DateTimeParseException e) {
            erreurs.rejectValue("dateNaissance", "dateNaissance",
                    "Saisissez une date de naissance valide, par exemple 14/07/1990.");
            return null;
        }
        if (!date.isBefore(aujourdhui) || date.isBefore(aujourdhui.minusYears(130))) {
            erreurs.rejectValue("dateNaissance", "dateNaissance", "La date de naissance doit être une date passée.");
            return null;
        }
        return date;
    }

    /** A postal code of five digits, then a commune among those it serves. */
    private static void commune(String codePostal, String champCode, String insee, String champCommune,
            List<CommuneResume> communes, String laquelle, BindingResult erreurs) {
        if (!present(codePostal) || !codePostal.strip().matches("\\d{5}")) {
            erreurs.rejectValue(champCode, champCode, "Saisissez le code postal de la commune " + laquelle
                    + " : 5 chiffres, par exemple 92000.");
        } else if (communes.isEmpty()) {
            erreurs.rejectValue(champCode, champCode, "Aucune commune ne correspond à ce code postal : vérifiez-le.");
        } else if (insee == null || communes.stream().noneMatch(c -> c.codeInsee().equals(insee))) {
            erreurs.rejectValue(champCommune, champCommune, "Choisissez la commune " + laquelle + " dans la liste.");
        }
    }

    private static void obligatoire(String valeur, String champ, String message, BindingResult erreurs) {
        if (!present(valeur)) {
            erreurs.rejectValue(champ, champ, message);
        } else {
            longueur(valeur, champ, erreurs);
        }
    }

    private static void longueur(String valeur, String champ, BindingResult erreurs) {
        if (valeur != null && valeur.strip().length() > 200) {
            erreurs.rejectValue(champ, champ + ".longueur", "Ce champ ne doit pas dépasser 200 caractères.");
        } else if (TexteSaisi.aDesControles(valeur)) {
            erreurs.rejectValue(champ, champ + ".controle", TexteSaisi.CONTROLE_REFUSE);
        }
    }

    private static boolean present(String valeur) {
        return valeur != null && !valeur.isBlank();
    }

    private static String net(String valeur) {
        return present(valeur) ? valeur.strip() : null;
    }
}
