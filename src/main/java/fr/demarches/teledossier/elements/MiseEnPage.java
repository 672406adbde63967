package fr.demarches.teledossier.elements;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import fr.demarches.shared.TextePdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small flowing layout on A4 pages for the CERFA-like documents and the attestations the mairie issues: title
 * block, framed sections, label/value lines wrapped to the width, sentences, a signature block with images, and a
 * footer with the télédossier's number on every page. Fonts are
 * embedded (DejaVu Sans subsets), so any name prints with its accents, whatever the reader's machine has.
 */
final class MiseEnPage implements AutoCloseable {

    private static final float MARGE = 42;
    private static final float LARGEUR = PDRectangle.A4.getWidth() - 2 * MARGE;
    private static final float BAS = 60;
    private static final float COLONNE_VALEUR = 190;

    private final PDDocument document = new PDDocument();
    private final Polices polices;
    private final PDType0Font normale;
    private final PDType0Font grasse;
    private final String piedDePage;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream flux;
    private float y;

    MiseEnPage(String titreDocument, String piedDePage) throws IOException {
        this.polices = Polices.emprunter();
        try {
            // Subsets only: the document carries the glyphs it prints, not the 700 KB fonts.
            this.normale = PDType0Font.load(document, polices.normale(), true);
            this.grasse = PDType0Font.load(document, polices.grasse(), true);
        } catch (IOException | RuntimeException e) {
            polices.rendre();
            throw e;
        }
        this.piedDePage = piedDePage;
        document.getDocumentInformation().setTitle(titreDocument);
        document.getDocumentInformation().setCreator("Démarches en ligne");
        nouvellePage();
    }

    /** The CERFA header: form number on the left, title on the right. */
    void entete(String cerfa, String titre, String sousTitre) throws IOException {
        texte(grasse, 9, MARGE, y, "cerfa");
        texte(grasse, 11, MARGE, y - 13, "N° " + cerfa);
        float x = MARGE + 110;
        for (String ligne : couper(titre, grasse, 14, LARGEUR - 110)) {
            texte(grasse, 14, x, y, ligne);
            y -= 18;
        }
        for (String ligne : couper(sousTitre, normale, 9, LARGEUR - 110)) {
            texte(normale, 9, x, y, ligne);
            y -= 12;
        }
        y -= 14;
    }

    /** The issuing authority on the left, then a centred title: the head of a document the mairie issues. */
    void enteteMairie(String autorite, String titre, String sousTitre) throws IOException {
        texte(grasse, 10, MARGE, y, "RÉPUBLIQUE FRANÇAISE");
        texte(normale, 8, MARGE, y - 12, "Liberté - Égalité - Fraternité");
        texte(grasse, 10.5f, MARGE, y - 34, autorite);
        y -= 90;
        centre(grasse, 18, titre);
        y -= 16;
        for (String ligne : couper(sousTitre, normale, 9.5f, LARGEUR)) {
            centre(normale, 9.5f, ligne);
            y -= 12;
        }
        y -= 22;
    }

    /** A sentence of the document's body, at reading size. */
    void phrase(String texte) throws IOException {
        y -= 6;
        for (String ligne : couper(texte, normale, 10.5f, LARGEUR)) {
            place(15);
            texte(normale, 10.5f, MARGE, y, ligne);
            y -= 15;
        }
        y -= 8;
    }

    /**
     * Place and date, who signs, then the signature and the stamp side by side on the right half of the page, each
     * scaled to fit its box whatever the scan's resolution. PNG and JPEG are both accepted.
     */
    void signature(String faitA, String qualite, byte[] imageSignature, byte[] imageTampon) throws IOException {
        float hauteurImages = 90;
        float x = MARGE + LARGEUR / 2;
        float largeurImage = (LARGEUR / 2 - 12) / 2;
        place(56 + hauteurImages);
        y -= 20;
        texte(normale, 10.5f, x, y, faitA);
        y -= 16;
        texte(grasse, 10.5f, x, y, qualite);
        y -= 8 + hauteurImages;
        image(imageSignature, x, y, largeurImage, hauteurImages);
        image(imageTampon, x + largeurImage + 12, y, largeurImage, hauteurImages);
        y -= 16;
    }

    void section(String titre) throws IOException {
        place(34);
        y -= 8;
        flux.setNonStrokingColor(0.9f, 0.9f, 0.95f);
        flux.addRect(MARGE, y - 5, LARGEUR, 18);
        flux.fill();
        flux.setNonStrokingColor(0f, 0f, 0.57f);
        texte(grasse, 10.5f, MARGE + 6, y, titre);
        flux.setNonStrokingColor(0f, 0f, 0f);
        y -= 22;
    }

    /** A label and its value; an empty value prints an empty line to fill in, never "null". */
    void champ(String libelle, String valeur) throws IOException {
        List<String> lignes = couper(valeur == null ? "" : valeur.strip(), normale, 10, LARGEUR - COLONNE_VALEUR);
        place(14 * Math.max(1, lignes.size()) + 2);
        texte(normale, 9, MARGE + 6, y, libelle);
        if (lignes.isEmpty() || lignes.getFirst().isEmpty()) {
            flux.setStrokingColor(0.6f);
            flux.moveTo(MARGE + COLONNE_VALEUR, y - 2);
            flux.lineTo(MARGE + LARGEUR - 6, y - 2);
            flux.stroke();
            y -= 16;
            return;
        }
        for (String ligne : lignes) {
            texte(grasse, 10, MARGE + COLONNE_VALEUR, y, ligne);
            y -= 14;
        }
        y -= 2;
    }

    void paragraphe(String texte) throws IOException {
        for (String ligne : couper(texte, normale, 8.5f, LARGEUR - 12)) {
            place(12);
            texte(normale, 8.5f, MARGE + 6, y, ligne);
            y -= 11;
        }
        y -= 4;
    }

    /**
     * Numbers the footers and writes the document; {@code proteger} forbids modification (for documents the
     * mairie issues, such as an attestation), while printing and copying the text stay allowed.
     */
    void ecrire(OutputStream sortie, boolean proteger) throws IOException {
        flux.close();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (var pied = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                pied.setStrokingColor(0.6f);
                pied.moveTo(MARGE, BAS - 14);
                pied.lineTo(MARGE + LARGEUR, BAS - 14);
                pied.stroke();
                ecrire(pied, normale, 8, MARGE, BAS - 26, piedDePage);
                String page = "Page " + (i + 1) + "/" + total;
                ecrire(pied, normale, 8, MARGE + LARGEUR - normale.getStringWidth(page) / 1000 * 8, BAS - 26, page);
            }
        }
        if (proteger) {
            var droits = new AccessPermission();
            droits.setCanModify(false);
            droits.setCanModifyAnnotations(false);
            droits.setCanFillInForm(false);
            droits.setCanAssembleDocument(false);
            var protection = new StandardProtectionPolicy(java.util.UUID.randomUUID().toString(), "", droits);
            protection.setEncryptionKeyLength(128);
            document.protect(protection);
        }
        document.save(sortie);
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            polices.rendre();
        }
    }

    private void place(float hauteur) throws IOException {
        if (y - hauteur < BAS) {
            flux.close();
            nouvellePage();
        }
    }

    private void nouvellePage() throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        flux = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGE - 10;
    }

    private void texte(PDType0Font police, float taille, float x, float yTexte, String texte) throws IOException {
        ecrire(flux, police, taille, x, yTexte, texte);
    }

    private static void ecrire(PDPageContentStream flux, PDType0Font police, float taille, float x, float y,
            String texte) throws IOException {
        flux.beginText();
        flux.setFont(police, taille);
        flux.newLineAtOffset(x, y);
        flux.showText(TextePdf.imprimable(texte, police));
        flux.endText();
    }

    private void centre(PDType0Font police, float taille, String brut) throws IOException {
        String texte = TextePdf.imprimable(brut, police);
        texte(police, taille, MARGE + (LARGEUR - police.getStringWidth(texte) / 1000 * taille) / 2, y, texte);
    }

    private void image(byte[] contenu, float x, float yBas, float largeurMax, float hauteurMax) throws IOException {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(document, contenu, null);
        } catch (IOException | IllegalArgumentException illisible) {
            throw new AttestationRecensementPdf.ImageIllisible(illisible);
        }
        float echelle = Math.min(largeurMax / image.getWidth(), hauteurMax / image.getHeight());
        float largeur = image.getWidth() * echelle;
        float hauteur = image.getHeight() * echelle;
        flux.drawImage(image, x + (largeurMax - largeur) / 2, yBas + (hauteurMax - hauteur) / 2, largeur, hauteur);
    }

    /** Word-wraps a text to a width; a word longer than the width is cut. */
    private static List<String> couper(String texte, PDType0Font police, float taille, float largeur) throws IOException {
        var lignes = new ArrayList<String>();
        if (texte == null || texte.isBlank()) {
            lignes.add("");
            return lignes;
        }
        var ligne = new StringBuilder();
        for (String mot : TextePdf.imprimable(texte, police).strip().split("\\s+")) {
            String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
            if (police.getStringWidth(essai) / 1000 * taille <= largeur) {
                ligne.setLength(0);
                ligne.append(essai);
                continue;
            }
            if (!ligne.isEmpty()) {
                lignes.add(ligne.toString());
            }
            ligne.setLength(0);
            ligne.append(mot);
        }
        lignes.add(ligne.toString());
        return lignes;
    }
}
