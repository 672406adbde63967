package fr.demarches.compte;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.shared.Dates;
import fr.demarches.shared.TexteSaisi;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of a unit's officers from a CSV file ({@code identifiant;nom;prenoms;qualite;habilitation_fin}).
 * Every line is checked first; one bad line and nothing is created, so the file can be fixed and sent again
 * whole. Each officer created receives a link to set a password.
 */
@Service
@Transactional
public class ImportOfficiers {

    public static final int LIGNES_MAX = 2000;
    public static final String ENTETE = "identifiant;nom;prenoms;qualite;habilitation_fin";

    private static final String COURRIEL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final AdministrationComptes comptes;
    private final JournalAudit journal;

    ImportOfficiers(AdministrationComptes comptes, JournalAudit journal) {
        this.comptes = comptes;
        this.journal = journal;
    }

    public Rapport importer(UUID uniteId, String contenu, Acteur acteur) {
        var erreurs = new ArrayList<ErreurLigne>();
        var officiers = new ArrayList<AdministrationComptes.NouvelOfficier>();
        var vus = new HashSet<String>();
        LocalDate aujourdhui = comptes.aujourdhui();
        String[] lignes = (contenu == null ? "" : contenu.replace("\uFEFF", "")).split("\\R");
        int numero = 0;
        for (String ligne : lignes) {
            numero++;
            if (ligne.isBlank() || (numero == 1 && ligne.strip().toLowerCase().startsWith("identifiant"))) {
                continue;
            }
            if (officiers.size() + erreurs.size() >= LIGNES_MAX) {
                erreurs.add(new ErreurLigne(numero, "Le fichier dépasse " + LIGNES_MAX + " lignes : découpez-le."));
                break;
            }
            String[] c = ligne.split("[;,]", -1);
            if (c.length != 5) {
                erreurs.add(new ErreurLigne(numero, "5 colonnes attendues (" + ENTETE + "), " + c.length + " trouvée(s)."));
                continue;
            }
            String identifiant = c[0].strip();
            String nom = c[1].strip();
            String prenoms = c[2].strip();
            var problemes = new ArrayList<String>();
            if (!identifiant.matches(COURRIEL)) {
                problemes.add("l'identifiant doit être l'adresse électronique professionnelle");
            } else if (!vus.add(identifiant)) {
                problemes.add("l'identifiant " + identifiant + " figure déjà plus haut dans le fichier");
            } else if (comptes.existe(Espace.POLICE, identifiant)) {
                problemes.add("un compte existe déjà avec l'identifiant " + identifiant);
            }
            if (nom.isEmpty()) {
                problemes.add("le nom est vide");
            }
            if (prenoms.isEmpty()) {
                problemes.add("le prénom est vide");
            }
            if (TexteSaisi.aDesControles(nom) || TexteSaisi.aDesControles(prenoms)) {
                problemes.add("le nom et le prénom ne doivent contenir ni tabulation ni autre caractère de contrôle");
            }
            QualiteOfficier qualite = null;
            try {
                qualite = QualiteOfficier.valueOf(c[3].strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                problemes.add("la qualité doit être OPJ ou APJ");
            }
            LocalDate fin = date(c[4].strip());
            if (fin == null) {
                problemes.add("la date de fin d'habilitation doit être au format JJ/MM/AAAA");
            } else if (fin.isBefore(aujourdhui)) {
                problemes.add("la date de fin d'habilitation est passée");
            }
            if (problemes.isEmpty()) {
                officiers.add(new AdministrationComptes.NouvelOfficier(identifiant, nom, prenoms, qualite, fin));
            } else {
                String message = String.join(" ; ", problemes) + ".";
                erreurs.add(new ErreurLigne(numero, Character.toUpperCase(message.charAt(0)) + message.substring(1)));
            }
        }
        if (officiers.isEmpty() && erreurs.isEmpty()) {
            erreurs.add(new ErreurLigne(0, "Le fichier ne contient aucun officier."));
        }
        if (!erreurs.isEmpty()) {
            return new Rapport(0, erreurs);
        }
        officiers.forEach(o -> comptes.creerOfficier(o, uniteId, acteur));
        journal.enregistrer(acteur.entree("OFFICIERS_IMPORTES", "UNITE", uniteId.toString(),
                officiers.size() + " officier(s) créé(s) par import"));
        return new Rapport(officiers.size(), List.of());
    }

    private static LocalDate date(String saisie) {
        try {
            return Dates.lire(saisie);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Line 0 is the file as a whole. */
    public record ErreurLigne(int ligne, String message) implements java.io.Serializable {
    }

    public record Rapport(int crees, List<ErreurLigne> erreurs) {
    }
}
