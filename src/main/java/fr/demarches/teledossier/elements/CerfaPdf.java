package fr.demarches.teledossier.elements;

import static fr.demarches.shared.Dates.JOUR;
import static fr.demarches.shared.Dates.JOUR_HEURE_SECONDES;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

import fr.demarches.shared.Fuseau;

/**
 * The pre-filled CERFA of a télédossier, laid out in the order of the paper form's sections (10870 for RCO;
 * 12669, 12670 or 12671 for ILE) so that an agent finds each answer where the paper form puts it.
 */
public final class CerfaPdf {

    private CerfaPdf() {
    }

    public static void recensement(OutputStream sortie, String numero, Instant depot, DonneesRco d) {
        recensement(sortie, numero, depot, d, SuiviDossier.VIDE);
    }

    /** With the recap of the pieces (and their versions) and of the requests for complements. */
    public static void recensement(OutputStream sortie, String numero, Instant depot, DonneesRco d,
            SuiviDossier suivi) {
        try (var page = new MiseEnPage("Notice individuelle de recensement - " + numero, pied(numero, depot))) {
            page.entete("10870*07", "NOTICE INDIVIDUELLE - Recensement citoyen obligatoire",
                    "Demande faite en ligne. Formulaire n° 106*/01 - Loi n° 97-1019 du 28 octobre 1997.");
            page.section("État civil");
            page.champ("Nom de famille", d.nomFamille());
            page.champ("Prénom(s)", d.prenoms());
            page.champ("Nom d'usage", d.nomUsage());
            page.champ("Sexe", d.sexe() == null ? null : d.sexe().libelle());
            page.champ("Né(e) le", jour(d.dateNaissance()));
            page.champ("À", lieu(d.lieuNaissance()));
            page.section("Filiation");
            parent(page, "Père", d.pere());
            parent(page, "Mère", d.mere());
            page.section("Nationalité");
            page.champ("Nationalité", d.nationalite() == null ? null : d.nationalite().libelle());
            if (d.nationalite() == DonneesRco.Nationalite.BINATIONALE) {
                page.champ("2e nationalité", d.autreNationalite());
            }
            if (d.acquisitionNationalite() != null) {
                page.champ("Française acquise le", jour(d.acquisitionNationalite()));
                var motif = d.fenetre(LocalDate.ofInstant(depot, Fuseau.PARIS)).motifAcquisition();
                if (motif.isPresent()) {
                    page.paragraphe(motif.get());
                }
            }
            page.section("Adresse");
            adresse(page, "Domicile", d.domicile());
            if (d.residence() != null && !d.residence().voie().isEmpty()) {
                adresse(page, "Résidence", d.residence());
            }
            page.champ("Téléphone", d.telephone());
            page.champ("Adresse électronique", d.courriel());
            page.section("Situation de famille");
            page.champ("Situation", d.situationMatrimoniale() == null ? null : d.situationMatrimoniale().libelle());
            page.champ("Enfants à charge", Integer.toString(d.nombreEnfants()));
            page.champ("Frères et sœurs vivants", Integer.toString(d.nombreFreresSoeurs()));
            page.champ("Pupille", d.pupille() == null || d.pupille() == DonneesRco.Pupille.NON ? "Non" : d.pupille().libelle());
            page.section("Certification");
            if (d.declarant() != null) {
                page.champ("Déclarant", d.declarant().libelle());
            }
            certifiee(page, d.identiteCertifiee());
            page.paragraphe("Demande transmise en ligne par " + (d.declarant() == null ? "l'intéressé(e)"
                    : Textes.joindre(" ", d.declarant().prenoms(), d.declarant().nom()) + ", "
                            + d.declarant().qualite().designation())
                    + ", qui a certifié l'exactitude des informations ci-dessus en la déposant le "
                    + JOUR_HEURE_SECONDES.format(depot)
                    + " (heure de Paris).");
            suivi(page, suivi);
            page.ecrire(sortie, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void inscription(OutputStream sortie, String numero, Instant depot, DonneesIle d) {
        inscription(sortie, numero, depot, d, SuiviDossier.VIDE);
    }

    /** With the recap of the pieces (and their versions) and of the requests for complements. */
    public static void inscription(OutputStream sortie, String numero, Instant depot, DonneesIle d,
            SuiviDossier suivi) {
        var listes = d.listes().stream().sorted().toList();
        String cerfa = listes.isEmpty() ? DonneesIle.Liste.GENERALE.cerfa() : listes.getFirst().cerfa();
        try (var page = new MiseEnPage("Demande d'inscription sur les listes électorales - " + numero, pied(numero, depot))) {
            page.entete(cerfa, "DEMANDE D'INSCRIPTION SUR LES LISTES ÉLECTORALES",
                    "Demande faite en ligne. Code électoral, articles L11 à L16 et R5 à R8.");
            page.section("Liste(s) demandée(s)");
            for (var liste : listes) {
                page.champ("Liste", liste.libelle());
            }
            page.champ("Commune d'inscription", Textes.joindre(" ", d.communeInscription(),
                    d.codeInseeInscription() == null ? null : "(" + d.codeInseeInscription() + ")"));
            page.section("Identité");
            page.champ("Nom de naissance", d.nomNaissance());
            page.champ("Nom d'usage", d.nomUsage());
            page.champ("Prénom(s)", d.prenoms());
            page.champ("Sexe", d.sexe() == null ? null : d.sexe().libelle());
            page.champ("Né(e) le", jour(d.dateNaissance()));
            page.champ("À", lieu(d.lieuNaissance()));
            page.champ("Nationalité", d.nationaliteLibelle());
            certifiee(page, d.identiteCertifiee());
            page.section("Adresse et attache avec la commune");
            adresse(page, "Adresse", d.adresse());
            page.champ("Attache avec la commune", d.attache() == null ? null : d.attache().libelle());
            if (d.inscriptionTardive() != null) {
                var t = d.inscriptionTardive();
                page.section("Inscription après la date limite (article L30 du code électoral)");
                page.champ("Situation", t.motif().libelle() + " (L30, " + t.motif().alinea() + ")");
                page.champ("Pour le scrutin", t.scrutin() + ", premier tour le " + jour(t.premierTour()));
                page.champ("Demande recevable jusqu'au", jour(t.dateLimite()));
            }
            page.section("Contact");
            page.champ("Adresse électronique", d.courriel());
            page.champ("Téléphone", d.telephone());
            page.section("Certification");
            page.paragraphe("Le demandeur certifie sur l'honneur l'exactitude des renseignements ci-dessus ; la demande "
                    + "a été déposée en ligne le " + JOUR_HEURE_SECONDES.format(depot)
                    + " (heure de Paris), ce qui vaut signature.");
            suivi(page, suivi);
            page.ecrire(sortie, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whose identity FranceConnect attested, and when; nothing after a password sign-in. */
    private static void certifiee(MiseEnPage page, IdentiteCertifiee c) throws IOException {
        if (c != null) {
            page.champ("Identité certifiée", "Données certifiées par " + c.libelle()
                    + (c.titulaire() == IdentiteCertifiee.Titulaire.DECLARANT ? " : identité du déclarant" : ""));
        }
    }

    /** The recap after the form: every piece with its version, then each request for complements and answer. */
    private static void suivi(MiseEnPage page, SuiviDossier suivi) throws IOException {
        if (!suivi.pieces().isEmpty()) {
            page.section("Pièces jointes");
            for (var piece : suivi.pieces()) {
                page.champ(piece.libelle(), "version " + piece.version()
                        + (piece.complement() ? ", envoyée en complément" : ", jointe à la demande"));
            }
        }
        if (!suivi.echanges().isEmpty()) {
            page.section("Éléments complémentaires");
            for (var echange : suivi.echanges()) {
                page.champ(echange.mairie() ? "Demande de la mairie" : "Réponse de l'usager",
                        JOUR_HEURE_SECONDES.format(echange.date()));
                page.champ("   message", echange.message());
                if (!echange.piecesDemandees().isEmpty()) {
                    page.champ("   pièces demandées", String.join(", ", echange.piecesDemandees().values()));
                }
                if (!echange.donneesDemandees().isEmpty()) {
                    page.champ("   à corriger", String.join(", ", echange.donneesDemandees().values()));
                }
                for (var correction : echange.corrections().values()) {
                    page.champ("   " + correction.libelle(), correction.valeur());
                }
            }
        }
    }

    private static String pied(String numero, Instant depot) {
        return "Télédossier " + numero + " - déposé le " + JOUR_HEURE_SECONDES.format(depot);
    }

    private static void parent(MiseEnPage page, String qui, Parent parent) throws IOException {
        if (parent == null || parent.inconnu()) {
            page.champ(qui, "Non connu(e)");
            return;
        }
        page.champ(qui, Textes.joindre(" ", parent.nomFamille(), parent.prenoms()));
        page.champ("   né(e) le", jour(parent.dateNaissance()));
        page.champ("   à", lieu(parent.lieuNaissance()));
        page.champ("   nationalité", parent.nationalite());
    }

    static void adresse(MiseEnPage page, String libelle, Adresse adresse) throws IOException {
        if (adresse == null) {
            page.champ(libelle, null);
            return;
        }
        page.champ(libelle, Textes.joindre(", ", adresse.voie(), adresse.complement(), adresse.lieuDit()));
        page.champ("Code postal et commune", Textes.joindre(" ", adresse.codePostal(), adresse.localite()));
    }

    private static String jour(LocalDate date) {
        return date == null ? null : JOUR.format(date);
    }

    static String lieu(LieuNaissance lieu) {
        if (lieu == null) {
            return null;
        }
        if (lieu.enFrance()) {
            return Textes.joindre(" ", lieu.codePostal(), lieu.commune(),
                    lieu.departement() == null ? null : "(" + lieu.departement() + ")");
        }
        return Textes.joindre(", ", lieu.commune(), lieu.paysLibelle());
    }
}
