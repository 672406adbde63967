package fr.demarches.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Test files: real PDF (PDFBox), PNG and JPEG (ImageIO) files of the size asked, padded with random bytes where
 * readers skip them (an unused PDF stream, a private PNG chunk, JPEG comments); bad ones for the structure checks;
 * and the store's folder inspected or emptied.
 */
public final class Fichiers {

    private static final Random ALEA = new Random();

    private Fichiers() {
    }

    /** A sound one-page PDF of exactly {@code taille} bytes (or the smallest one, when that is larger). */
    public static byte[] pdf(int taille) {
        byte[] octets = pdfRempli(0);
        int remplissage = taille - octets.length;
        for (int essai = 0; essai < 4 && remplissage > 0 && octets.length != taille; essai++) {
            octets = pdfRempli(remplissage);
            remplissage -= octets.length - taille;
        }
        return octets;
    }

    public static byte[] png(int taille) {
        byte[] base = image("png", 8, 8);
        int ajout = taille - base.length - 12;
        if (ajout < 0) {
            return base;
        }
        // Before IEND, the last 12 bytes.
        return concatener(Arrays.copyOf(base, base.length - 12), morceau("prVt", aleatoire(ajout)),
                Arrays.copyOfRange(base, base.length - 12, base.length));
    }

    public static byte[] jpeg(int taille) {
        byte[] base = image("jpeg", 8, 8);
        int reste = taille - base.length;
        var commentaires = new ByteArrayOutputStream();
        while (reste >= 4) {
            int charge = Math.min(reste - 4, 65_533);
            if (reste - 4 - charge > 0 && reste - 4 - charge < 4) {
                charge -= 4;
            }
            commentaires.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((charge + 2) >> 8), (byte) (charge + 2)});
            commentaires.writeBytes(aleatoire(charge));
            reste -= charge + 4;
        }
        // After SOI and the JFIF segment, which readers expect first.
        int apres = base[3] == (byte) 0xE0 ? 4 + ((base[4] & 0xFF) << 8 | (base[5] & 0xFF)) : 2;
        return concatener(Arrays.copyOf(base, apres), commentaires.toByteArray(),
                Arrays.copyOfRange(base, apres, base.length));
    }

    public static byte[] exe(int taille) {
        return avecEnTete(taille, new byte[] {'M', 'Z', (byte) 0x90, 0});
    }

    public static byte[] zip(int taille) {
        return avecEnTete(taille, new byte[] {'P', 'K', 3, 4});
    }

    // ---- Bad files: the right first bytes, a wrong structure.

    /** "%PDF-" then random bytes: what the first-bytes check let through. */
    public static byte[] pdfEnTeteSeul(int taille) {
        return avecEnTete(taille, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A sound PDF cut in the middle. */
    public static byte[] pdfTronque() {
        byte[] entier = pdf(20_000);
        return Arrays.copyOf(entier, entier.length / 2);
    }

    /** Opens without a password but is encrypted to restrict its permissions (owner password only). */
    public static byte[] pdfChiffre() {
        return pdfAvec(document -> proteger(document, ""));
    }

    /** Encrypted to restrict its permissions, with JavaScript inside. */
    public static byte[] pdfChiffreAvecJavaScript() {
        return pdfAvec(document -> {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('bonjour');"));
            proteger(document, "");
        });
    }

    /** Needs a password to open. */
    public static byte[] pdfAvecMotDePasse() {
        return pdfAvec(document -> proteger(document, "secret"));
    }

    /** JavaScript run at opening. */
    public static byte[] pdfAvecJavaScript() {
        return pdfAvec(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('bonjour');")));
    }

    /** JavaScript hidden in a link of the page, not in the catalog. */
    public static byte[] pdfAvecLienJavaScript() {
        return pdfAvec(document -> {
            var lien = new PDAnnotationLink();
            lien.setAction(new PDActionJavaScript("this.exportDataObject({cName: 'x'});"));
            try {
                document.getPage(0).getAnnotations().add(lien);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An XFA form: its scripts are in the XML of the form's stream, not in any dictionary key. */
    public static byte[] pdfAvecFormulaireXfa() {
        return pdfAvec(document -> {
            var formulaire = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(document);
            var xfa = document.getDocument().createCOSStream();
            try (var sortie = xfa.createOutputStream()) {
                sortie.write(("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template><subform><event activity="
                        + "\"initialize\"><script contentType=\"application/x-javascript\">app.alert('bonjour');"
                        + "</script></event></subform></template></xdp:xdp>").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            formulaire.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.XFA, xfa);
            document.getDocumentCatalog().setAcroForm(formulaire);
        });
    }

    /** A file attached to the document. */
    public static byte[] pdfAvecFichierJoint() {
        return pdfAvec(document -> {
            try {
                var fichier = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ...".getBytes(StandardCharsets.US_ASCII)));
                var specification = new PDComplexFileSpecification();
                specification.setFile("facture.exe");
                specification.setEmbeddedFile(fichier);
                var arbre = new PDEmbeddedFilesNameTreeNode();
                arbre.setNames(Map.of("facture.exe", specification));
                var noms = new PDDocumentNameDictionary(document.getDocumentCatalog());
                noms.setEmbeddedFiles(arbre);
                document.getDocumentCatalog().setNames(noms);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A sound PDF of many small objects, each one to parse and inspect: slow to check by design. */
    public static byte[] pdfLongAVerifier(int objets) {
        return pdfAvec(document -> {
            var tableau = new org.apache.pdfbox.cos.COSArray();
            for (int i = 0; i < objets; i++) {
                var objet = new org.apache.pdfbox.cos.COSDictionary();
                objet.setInt(COSName.getPDFName("N"), i);
                objet.setDirect(false);
                tableau.add(objet);
            }
            document.getPage(0).getCOSObject().setItem(COSName.getPDFName("Remplissage"), tableau);
        });
    }

    /** "\x89PNG..." then random bytes. */
    public static byte[] pngEnTeteSeul(int taille) {
        return avecEnTete(taille, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    }

    /** "\xFF\xD8\xFF\xE0" then random bytes. */
    public static byte[] jpegEnTeteSeul(int taille) {
        return avecEnTete(taille, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
    }

    /** A sound PNG of random pixels, cut before its end. */
    public static byte[] pngTronque() {
        byte[] entier = image("png", 64, 64);
        return Arrays.copyOf(entier, entier.length * 2 / 3);
    }

    /** A sound JPEG of random pixels, cut before its end. */
    public static byte[] jpegTronque() {
        byte[] entier = image("jpeg", 64, 64);
        return Arrays.copyOf(entier, entier.length * 2 / 3);
    }

    /** A small file announcing 100 000 × 100 000 pixels: 40 GB once decoded (a decompression bomb). */
    public static byte[] pngGeant() {
        var entete = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        var compresseur = new Deflater(9);
        compresseur.setInput(new byte[1_000_000]);
        compresseur.finish();
        byte[] tampon = new byte[1_000_000];
        byte[] idat = Arrays.copyOf(tampon, compresseur.deflate(tampon));
        return concatener(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, morceau("IHDR", entete),
                morceau("IDAT", idat), morceau("IEND", new byte[0]));
    }

    // ---- The store's folder.

    /** Every regular file under the folder, temporary ones included. */
    public static long nombre(Path dossier) {
        if (!Files.exists(dossier)) {
            return 0;
        }
        try (Stream<Path> chemins = Files.walk(dossier)) {
            return chemins.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void vider(Path dossier) {
        if (!Files.exists(dossier)) {
            return;
        }
        try (Stream<Path> chemins = Files.walk(dossier)) {
            chemins.filter(Files::isRegularFile).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdfRempli(int remplissage) {
        return pdfAvec(document -> {
            if (remplissage > 0) {
                // An unused stream of the page: viewers ignore keys they do not know.
                try {
                    var flux = new PDStream(document, new ByteArrayInputStream(aleatoire(remplissage)));
                    document.getPage(0).getCOSObject().setItem(COSName.getPDFName("Remplissage"), flux);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static byte[] pdfAvec(Consumer<PDDocument> preparation) {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            preparation.accept(document);
            var sortie = new ByteArrayOutputStream();
            document.save(sortie, CompressParameters.NO_COMPRESSION);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void proteger(PDDocument document, String motDePasseUtilisateur) {
        var politique = new StandardProtectionPolicy("proprietaire", motDePasseUtilisateur, new AccessPermission());
        politique.setEncryptionKeyLength(128);
        try {
            document.protect(politique);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format, int largeur, int hauteur) {
        var image = new BufferedImage(largeur, hauteur, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < largeur; x++) {
            for (int y = 0; y < hauteur; y++) {
                image.setRGB(x, y, ALEA.nextInt(0x1000000));
            }
        }
        var sortie = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, sortie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    private static byte[] morceau(String type, byte[] donnees) {
        return ByteBuffer.allocate(12 + donnees.length).putInt(donnees.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(donnees).putInt((int) crc(type, donnees)).array();
    }

    private static long crc(String type, byte[] donnees) {
        var crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(donnees);
        return crc.getValue();
    }

    private static byte[] aleatoire(int taille) {
        byte[] octets = new byte[taille];
        ALEA.nextBytes(octets);
        return octets;
    }

    private static byte[] avecEnTete(int taille, byte[] entete) {
        byte[] octets = aleatoire(taille);
        System.arraycopy(entete, 0, octets, 0, entete.length);
        return octets;
    }

    private static byte[] concatener(byte[]... parties) {
        var sortie = new ByteArrayOutputStream();
        for (byte[] partie : parties) {
            sortie.writeBytes(partie);
        }
        return sortie.toByteArray();
    }
}
