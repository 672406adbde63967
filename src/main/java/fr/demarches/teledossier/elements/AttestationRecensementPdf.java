package fr.demarches.teledossier.elements;

import static fr.demarches.shared.Dates.JOUR;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The attestation de recensement the mairie issues from an RCO request: the young person's identity, birth and
 * domicile, "a été recensé(e) le" the submission day, the "à conserver" notice, place and date, and the images of
 * the signature and of the mairie's stamp. Written protected: no form field, and the permissions forbid
 * modification while printing and copying the text stay allowed.
 */
public final class AttestationRecensementPdf {

    private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private AttestationRecensementPdf() {
    }

    /**
     * @param commune      the commune's name as it signs ("Nanterre")
     * @param recenseLe    the day the request was submitted, which is the day of the recensement
     * @param delivreeLe   the day the attestation is issued ("Fait à …, le …")
     */
    public static void ecrire(OutputStream sortie, String numero, DonneesRco d, String commune, LocalDate recenseLe,
            LocalDate delivreeLe, byte[] signature, byte[] tampon) {
        String pied = "Attestation de recensement - télédossier " + numero + " - délivrée le " + JOUR.format(delivreeLe);
        try (var page = new MiseEnPage("Attestation de recensement - " + numero, pied)) {
            page.enteteMairie("Mairie de " + commune, "ATTESTATION DE RECENSEMENT",
                    "Recensement citoyen obligatoire - Code du service national");
            page.phrase("Le maire de la commune de " + commune + " atteste que :");
            page.champ("Nom de famille", d.nomFamille() == null ? null : d.nomFamille().toUpperCase(Locale.FRANCE));
            if (d.nomUsage() != null && !d.nomUsage().isBlank()) {
                page.champ("Nom d'usage", d.nomUsage().toUpperCase(Locale.FRANCE));
            }
            page.champ("Prénom(s)", d.prenoms());
            page.champ("Sexe", d.sexe() == null ? null : d.sexe().libelle());
            page.champ("Né(e) le", enLettres(d.dateNaissance()));
            page.champ("À", CerfaPdf.lieu(d.lieuNaissance()));
            CerfaPdf.adresse(page, "Domicilié(e)", d.domicile());
            page.phrase("a été recensé" + (d.sexe() == Sexe.F ? "e" : d.sexe() == Sexe.M ? "" : "(e)") + " le "
                    + enLettres(recenseLe) + ", au titre du recensement citoyen obligatoire, par la demande en ligne n° "
                    + numero + ".");
            page.section("À conserver");
            page.paragraphe("Cette attestation est à conserver soigneusement : la mairie n'en délivre pas de duplicata. "
                    + "En cas de perte, un justificatif de recensement peut être demandé au centre du service national "
                    + "et de la jeunesse (CSNJ) dont dépend le domicile.");
            page.signature("Fait à " + commune + ", le " + enLettres(delivreeLe), "Le maire ou l'agent habilité",
                    signature, tampon);
            page.ecrire(sortie, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored stamp or signature that is not a readable PNG or JPEG image (its header alone was checked). */
    public static final class ImageIllisible extends RuntimeException {

        ImageIllisible(Exception cause) {
            super("Image illisible", cause);
        }
    }

    /** "1er février 2010", "15 août 2026": the date as a French official document writes it. */
    static String enLettres(LocalDate jour) {
        if (jour == null) {
            return null;
        }
        return (jour.getDayOfMonth() == 1 ? "1er" : Integer.toString(jour.getDayOfMonth())) + " " + MOIS_ANNEE.format(jour);
    }
}
