package fr.demarches.procuration.web;

import static fr.demarches.shared.Dates.JOUR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.demarches.procuration.LigneRegistre;
import fr.demarches.shared.TextePdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable registre: A4 landscape, one section per polling station starting on a new page (each sheet goes
 * with that station's liste d'émargement), rows in the registre's order.
 */
final class RegistrePdf {

    private static final float MARGE = 40;
    private static final float LIGNE = 16;
    private static final float[] COLONNES = {MARGE, 230, 320, 560, 700};
    private static final String[] TITRES = {"Mandant", "Né(e) le", "Mandataire", "Durée", "Référence"};

    private RegistrePdf() {
    }

    static byte[] ecrire(String commune, LocalDate scrutin, List<LigneRegistre> lignes) throws IOException {
        Map<String, List<LigneRegistre>> parBureau = new LinkedHashMap<>();
        for (LigneRegistre l : lignes) {
            parBureau.computeIfAbsent(l.bureauVote(),
                    b -> new java.util.ArrayList<>()).add(l);
        }
        try (var document = new PDDocument(); var sortie = new ByteArrayOutputStream()) {
            PDType0Font normale = police(document, "polices/DejaVuSans.ttf");
            PDType0Font grasse = police(document, "polices/DejaVuSans-Bold.ttf");
            String titre = "Registre des procurations - " + commune + " - scrutin du " + JOUR.format(scrutin);
            if (parBureau.isEmpty()) {
                parBureau.put("", List.of());
            }
            for (var bureau : parBureau.entrySet()) {
                var restantes = new java.util.ArrayDeque<>(bureau.getValue());
                do {
                    var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                    document.addPage(page);
                    try (var flux = new PDPageContentStream(document, page)) {
                        float y = page.getMediaBox().getHeight() - MARGE;
                        texte(flux, grasse, 13, MARGE, y, titre);
                        y -= LIGNE * 1.5f;
                        String nom = lignes.isEmpty() ? "Tous les bureaux de vote"
                                : bureau.getKey().isEmpty() ? "Bureau de vote inconnu (mandant absent de la liste importée)"
                                : "Bureau de vote " + bureau.getKey();
                        texte(flux, grasse, 11, MARGE, y, nom + " - " + bureau.getValue().size() + " procuration(s)");
                        y -= LIGNE * 1.5f;
                        for (int i = 0; i < TITRES.length; i++) {
                            texte(flux, grasse, 9, COLONNES[i], y, TITRES[i]);
                        }
                        y -= LIGNE;
                        if (bureau.getValue().isEmpty()) {
                            texte(flux, normale, 9, MARGE, y, "Aucune procuration acceptée ne couvre cette date.");
                        }
                        while (!restantes.isEmpty() && y > MARGE) {
                            LigneRegistre l = restantes.poll();
                            String mandant = l.nomNaissance() + (l.nomUsage() != null ? " (" + l.nomUsage() + ")" : "")
                                    + " " + l.prenoms();
                            String[] valeurs = {mandant, JOUR.format(l.dateNaissance()), l.mandataire(), l.duree(),
                                l.etabliePar().startsWith("en ligne") ? l.reference() + " (en ligne)" : l.reference()};
                            for (int i = 0; i < valeurs.length; i++) {
                                float largeur = (i + 1 < COLONNES.length ? COLONNES[i + 1] : 800) - COLONNES[i] - 6;
                                texte(flux, normale, 9, COLONNES[i], y, couper(valeurs[i], normale, 9, largeur));
                            }
                            y -= LIGNE;
                        }
                    }
                } while (!restantes.isEmpty());
            }
            document.save(sortie);
            return sortie.toByteArray();
        }
    }

    private static void texte(PDPageContentStream flux, PDType0Font police, float taille, float x, float y,
            String texte) throws IOException {
        flux.beginText();
        flux.setFont(police, taille);
        flux.newLineAtOffset(x, y);
        flux.showText(TextePdf.imprimable(texte, police));
        flux.endText();
    }

    /** Shortens a value to its column, with an ellipsis. */
    private static String couper(String brut, PDType0Font police, float taille, float largeur) throws IOException {
        String texte = TextePdf.imprimable(brut, police);
        if (police.getStringWidth(texte) / 1000 * taille <= largeur) {
            return texte;
        }
        String t = texte;
        while (t.length() > 1 && police.getStringWidth(t + "…") / 1000 * taille > largeur) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static PDType0Font police(PDDocument document, String chemin) throws IOException {
        try (InputStream in = RegistrePdf.class.getClassLoader().getResourceAsStream(chemin)) {
            return PDType0Font.load(document, in);
        }
    }
}
