package fr.demarches.procuration.web;

import static fr.demarches.shared.Dates.JOUR;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.procuration.Demande;
import fr.demarches.procuration.DatesProcuration;
import fr.demarches.procuration.Portee;
import fr.demarches.shared.Dates;
import fr.demarches.shared.MajoriteElectorale;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Server-side checks of the request form, one French message per field. Also resolves the communes from the
 * postal codes: a postal code serving several communes asks the citizen to pick one (no script needed).
 */
@Component
class VerificationDemande {

    private final Referentiel referentiel;
    private final Raccordements raccordements;
    private final Clock horloge;

    VerificationDemande(Referentiel referentiel, Raccordements raccordements, Clock horloge) {
        this.referentiel = referentiel;
        this.raccordements = raccordements;
        this.horloge = horloge;
    }

    /** The request if the form is valid; otherwise the errors are in {@code erreurs}. */
    Optional<Demande> verifier(FormulaireProcuration f, CompteConnecte usager, BindingResult erreurs) {
        return verifier(f, usager, null, erreurs);
    }

    /**
     * The same; {@code certifie}: the mandant's profile when FranceConnect certified it, whose names, birth date
     * (and birth place when certified) the form must send back unchanged: a forged value is refused.
     */
    Optional<Demande> verifier(FormulaireProcuration f, CompteConnecte usager, ProfilUsager certifie,
            BindingResult erreurs) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (certifie != null) {
            inchange(f.nomNaissance(), certifie.nomNaissance(), "nomNaissance", erreurs);
            inchange(f.prenoms(), certifie.prenoms(), "prenoms", erreurs);
            inchange(f.dateNaissance(), certifie.dateNaissance() == null ? null : certifie.dateNaissance().toString(),
                    "dateNaissance", erreurs);
            if (certifie.neEnFrance()) {
                inchange(f.lieuNaissance(), FormulaireProcuration.lieuNaissance(certifie, referentiel), "lieuNaissance",
                        erreurs);
            }
        }
        String commune = commune(f.codePostal(), f.communeInsee(), "codePostal", "communeInsee", erreurs);
        if (commune != null && !raccordements.ouvert(commune, Procedure.PROCURATION)) {
            erreurs.rejectValue("codePostal", "fermee", "Votre commune ne reçoit pas encore les procurations en ligne : "
                    + "adressez-vous directement à un commissariat ou une gendarmerie avec le formulaire papier.");
        }
        String nneMandant = nne(f.nneMandant(), "nneMandant", false, erreurs);
        obligatoire(f.nomNaissance(), "nomNaissance", "Indiquez votre nom de naissance.", erreurs);
        obligatoire(f.prenoms(), "prenoms", "Indiquez vos prénoms.", erreurs);
        LocalDate naissance = date(f.dateNaissance(), "dateNaissance", "votre date de naissance", erreurs);
        obligatoire(f.lieuNaissance(), "lieuNaissance", "Indiquez votre lieu de naissance (commune, ou pays à l'étranger).",
                erreurs);

        String nneMandataire = null;
        String communeMandataire = null;
        if (f.parNne()) {
            nneMandataire = nne(f.nneMandataire(), "nneMandataire", true, erreurs);
            if (nneMandataire != null && nneMandataire.equals(nneMandant)) {
                erreurs.rejectValue("nneMandataire", "soi", "Vous ne pouvez pas vous désigner vous-même comme mandataire.");
            }
        } else {
            obligatoire(f.nomNaissanceMandataire(), "nomNaissanceMandataire",
                    "Indiquez le nom de naissance du mandataire.", erreurs);
            obligatoire(f.prenomsMandataire(), "prenomsMandataire", "Indiquez les prénoms du mandataire.", erreurs);
            communeMandataire = commune(f.codePostalMandataire(), f.communeMandataire(), "codePostalMandataire",
                    "communeMandataire", erreurs);
        }
        LocalDate naissanceMandataire = date(f.dateNaissanceMandataire(), "dateNaissanceMandataire",
                "la date de naissance du mandataire", erreurs);

        Portee portee = portee(f.portee(), erreurs);
        LocalDate debut = date(f.debut(), "debut", portee == Portee.PERIODE ? "la date de début" : "la date du scrutin",
                erreurs);
        // Electors for the ballots it covers: 18 by the day before its first day (Code électoral L2), not today.
        LocalDate premierJour = debut != null && debut.isAfter(aujourdhui) ? debut : aujourdhui;
        if (naissance != null && !MajoriteElectorale.majeurAuTour(naissance, premierJour)) {
            erreurs.rejectValue("dateNaissance", "mineur",
                    "Vous devez être majeur pour donner procuration : avoir 18 ans au plus tard la veille du scrutin.");
        }
        if (naissanceMandataire != null && !MajoriteElectorale.majeurAuTour(naissanceMandataire, premierJour)) {
            erreurs.rejectValue("dateNaissanceMandataire", "mineur",
                    "Le mandataire doit être majeur : avoir 18 ans au plus tard la veille du scrutin.");
        }
        LocalDate fin = null;
        if (portee == Portee.UN_TOUR) {
            fin = debut;
        } else if (portee != null) {
            fin = date(f.fin(), "fin", portee == Portee.PERIODE ? "la date de fin" : "la date du second tour", erreurs);
        }
        // The rule is the domain's (R74); here each refusal goes next to its field.
        for (var refus : DatesProcuration.verifier(portee, debut, fin, aujourdhui)) {
            switch (refus) {
                case DEBUT_PASSE -> erreurs.rejectValue("debut", "passee", "La date ne peut pas être passée.");
                case FIN_AVANT_DEBUT -> erreurs.rejectValue("fin", "avant", portee == Portee.PERIODE
                        ? "La date de fin doit suivre la date de début."
                        : "Le second tour doit suivre le premier tour.");
                case TOURS_TROP_ECARTES -> erreurs.rejectValue("fin", "ecart",
                        "Les deux tours d'un scrutin ont lieu à une ou deux semaines d'écart.");
                case PERIODE_TROP_LONGUE -> erreurs.rejectValue("fin", "duree", "Une procuration ne peut pas durer "
                        + "plus d'un an : choisissez une date de fin au plus tard le "
                        + DatesProcuration.finAuPlusTard(debut).format(JOUR) + ".");
            }
        }
        if (erreurs.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Demande(usager.id(), usager.getUsername(), commune, nneMandant, f.nomNaissance().strip(),
                vide(f.nomUsage()) ? null : f.nomUsage().strip(), f.prenoms().strip(), naissance, f.lieuNaissance().strip(),
                nneMandataire, f.parNne() ? null : f.nomNaissanceMandataire().strip(),
                f.parNne() ? null : f.prenomsMandataire().strip(), naissanceMandataire, communeMandataire, portee, debut,
                fin));
    }

    /** The communes a postal code serves, for the select shown when there are several. */
    List<CommuneResume> communes(String codePostal) {
        return referentiel.parCodePostal(codePostal);
    }

    private String commune(String codePostal, String choisie, String champCode, String champCommune,
            BindingResult erreurs) {
        if (vide(codePostal)) {
            erreurs.rejectValue(champCode, "vide", "Indiquez le code postal de la commune d'inscription.");
            return null;
        }
        var communes = referentiel.parCodePostal(codePostal);
        if (communes.isEmpty()) {
            erreurs.rejectValue(champCode, "inconnu", "Ce code postal ne correspond à aucune commune (5 chiffres, par exemple 92000).");
            return null;
        }
        if (communes.size() == 1) {
            return communes.get(0).codeInsee();
        }
        return communes.stream().map(CommuneResume::codeInsee).filter(c -> c.equals(choisie)).findFirst()
                .orElseGet(() -> {
                    erreurs.rejectValue(champCommune, "choix", "Ce code postal dessert plusieurs communes : choisissez la commune.");
                    return null;
                });
    }

    private static String nne(String valeur, String champ, boolean requis, BindingResult erreurs) {
        if (vide(valeur)) {
            if (requis) {
                erreurs.rejectValue(champ, "vide", "Indiquez le numéro national d'électeur du mandataire.");
            }
            return null;
        }
        String nne = valeur.replaceAll("\\s", "");
        if (!nne.matches("\\d{6,20}")) {
            erreurs.rejectValue(champ, "format", "Le numéro national d'électeur est fait de chiffres (il figure sur la "
                    + "carte électorale).");
            return null;
        }
        return nne;
    }

    private static LocalDate date(String valeur, String champ, String libelle, BindingResult erreurs) {
        if (vide(valeur)) {
            erreurs.rejectValue(champ, "vide", "Indiquez " + libelle + ".");
            return null;
        }
        try {
            return Dates.lire(valeur);
        } catch (DateTimeParseException e) {
            erreurs.rejectValue(champ, "format", "Indiquez " + libelle + " sous la forme JJ/MM/AAAA.");
            return null;
        }
    }

    private static Portee portee(String valeur, BindingResult erreurs) {
        try {
            return Portee.valueOf(valeur);
        } catch (IllegalArgumentException | NullPointerException e) {
            erreurs.rejectValue("portee", "vide", "Choisissez ce que couvre la procuration.");
            return null;
        }
    }

    private static void inchange(String saisi, String certifie, String champ, BindingResult erreurs) {
        if (certifie != null && !certifie.equals(saisi == null ? null : saisi.strip())) {
            erreurs.rejectValue(champ, "certifie", "Donnée certifiée par FranceConnect : elle ne peut pas être modifiée.");
        }
    }

    private static void obligatoire(String valeur, String champ, String message, BindingResult erreurs) {
        if (vide(valeur)) {
            erreurs.rejectValue(champ, "vide", message);
        }
    }

    private static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }
}
