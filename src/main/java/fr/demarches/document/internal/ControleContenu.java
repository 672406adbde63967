package fr.demarches.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

import fr.demarches.document.DepotRefuse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks an upload by its structure, not only its first bytes: a PDF must be whole, open with PDFBox without a
 * password, and hold neither JavaScript (nor a "Launch" action) nor embedded files, since agents open these files; a
 * JPEG or PNG must decode to its last byte. A PDF encrypted only to restrict its permissions (no password to open it:
 * bank statements, utility bills, the mairies' own attestations, ours included) is accepted: PDFBox decrypts it and
 * every object is inspected like any other; one that needs a password cannot be inspected, nor read by an agent. Bounded: the bytes are already capped by the size limit, PDFBox's scratch memory is
 * capped, an image is decoded subsampled (its size in memory stays small whatever its dimensions, which are capped
 * too), and each check runs on a small pool of its own with a time limit. Nothing is stored before the check passes.
 */
@Component
public class ControleContenu implements DisposableBean {

    static final String PDF_ILLISIBLE = "Le fichier n'est pas un PDF valide : il semble endommagé ou incomplet. "
            + "Enregistrez-le à nouveau (par exemple avec « Imprimer en PDF »), puis recommencez.";
    static final String PDF_CHIFFRE = "Le PDF est protégé par un mot de passe : déposez une version qui s'ouvre "
            + "sans mot de passe.";
    static final String PDF_SCRIPT = "Le PDF contient du JavaScript ou une action qui lance un programme, refusés "
            + "pour la sécurité des agents qui l'ouvriront : déposez une version sans script (par exemple avec "
            + "« Imprimer en PDF »).";
    static final String PDF_FICHIERS_JOINTS = "Le PDF contient des fichiers joints, refusés pour la sécurité des "
            + "agents qui l'ouvriront : déposez une version sans pièce jointe.";
    static final String PDF_COMPLEXE = "Le PDF est trop complexe pour être vérifié : déposez une version simplifiée "
            + "(par exemple avec « Imprimer en PDF »).";
    static final String DELAI_DEPASSE = "Le fichier n'a pas pu être vérifié dans le temps imparti : il est peut-être "
            + "trop complexe. Déposez une version plus simple.";

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    /** Beyond this many objects, a PDF of a few megabytes is not an identity document or a bill. */
    private static final int OBJETS_MAX = 200_000;
    /** The largest side of the subsampled image actually held in memory. */
    private static final int COTE_DECODE = 512;

    private final ProprietesDocuments.Controle proprietes;
    private final ExecutorService verifications;

    @Autowired
    ControleContenu(ProprietesDocuments proprietes) {
        this(proprietes.controle());
    }

    ControleContenu(ProprietesDocuments.Controle proprietes) {
        this.proprietes = proprietes;
        var numero = new AtomicInteger();
        this.verifications = Executors.newFixedThreadPool(proprietes.paralleles(), tache -> {
            var fil = new Thread(tache, "controle-contenu-" + numero.incrementAndGet());
            fil.setDaemon(true);
            return fil;
        });
        ImageIO.setUseCache(false);
    }

    /** Refused with a French message when the bytes are not a sound file of this type (a type DetectionType gave). */
    public void verifier(byte[] octets, String typeContenu) {
        var verification = verifications.submit(() -> refus(octets, typeContenu));
        Optional<String> refus;
        try {
            refus = verification.get(proprietes.delai().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            verification.cancel(true);
            throw new DepotRefuse(DELAI_DEPASSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DepotRefuse(DELAI_DEPASSE);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Contrôle du fichier impossible", e.getCause());
        }
        refus.ifPresent(message -> {
            throw new DepotRefuse(message);
        });
    }

    private Optional<String> refus(byte[] octets, String typeContenu) {
        return switch (typeContenu) {
            case "application/pdf" -> refusPdf(octets);
            case "image/png" -> refusImage(octets, "png", "L'image n'est pas une image PNG valide : elle semble "
                    + "endommagée ou incomplète. Enregistrez-la à nouveau, puis recommencez.");
            case "image/jpeg" -> refusImage(octets, "jpeg", "L'image n'est pas une image JPEG valide : elle semble "
                    + "endommagée ou incomplète. Enregistrez-la à nouveau, puis recommencez.");
            default -> throw new IllegalArgumentException("Type non contrôlé : " + typeContenu);
        };
    }

    private Optional<String> refusPdf(byte[] octets) {
        if (!finDeFichierPdf(octets)) {
            // PDFBox repairs what it can of a truncated file; a reader wants it whole.
            return Optional.of(PDF_ILLISIBLE);
        }
        var memoire = MemoryUsageSetting.setupMainMemoryOnly(proprietes.memoirePdf().toBytes());
        try (var document = Loader.loadPDF(octets, "", null, null, memoire.streamCache)) {
            if (document.getNumberOfPages() < 1) {
                return Optional.of(PDF_ILLISIBLE);
            }
            // Every page parses (the page tree is read lazily otherwise).
            for (var page : document.getPages()) {
                page.getMediaBox();
            }
            return new Parcours().refus(document.getDocument().getTrailer());
        } catch (InvalidPasswordException e) {
            return Optional.of(PDF_CHIFFRE);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a broken file by IOException, and some breakages by unchecked exceptions.
            return Optional.of(PDF_ILLISIBLE);
        }
    }

    /** A complete PDF ends with "%%EOF", within its last 1024 bytes (where readers look for it). */
    private static boolean finDeFichierPdf(byte[] octets) {
        byte[] marque = {'%', '%', 'E', 'O', 'F'};
        for (int i = octets.length - marque.length; i >= Math.max(0, octets.length - 1024); i--) {
            if (java.util.Arrays.equals(octets, i, i + marque.length, marque, 0, marque.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks every object reachable from the trailer (what a viewer may reach), dereferencing each indirect object
     * once: a script or an embedded file anywhere (document, page, annotation, form field, name tree) is found.
     */
    private static final class Parcours {

        private final Set<COSBase> vus = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final java.util.ArrayDeque<COSBase> aVoir = new java.util.ArrayDeque<>();

        Optional<String> refus(COSDictionary trailer) {
            aVoir.push(trailer);
            while (!aVoir.isEmpty()) {
                COSBase objet = aVoir.pop();
                if (objet instanceof COSObject indirect) {
                    objet = indirect.getObject();
                }
                if (objet == null || !vus.add(objet)) {
                    continue;
                }
                if (vus.size() > OBJETS_MAX) {
                    return Optional.of(PDF_COMPLEXE);
                }
                if (objet instanceof COSDictionary dictionnaire) {
                    var refus = interdit(dictionnaire);
                    if (refus.isPresent()) {
                        return refus;
                    }
                    dictionnaire.getValues().forEach(aVoir::push);
                } else if (objet instanceof COSArray tableau) {
                    for (Iterator<COSBase> i = tableau.iterator(); i.hasNext();) {
                        aVoir.push(i.next());
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * A script or a program launch, an embedded file or file attachment, as the dictionary declares it. An XFA
         * form counts as a script: its scripts are inside the XML of its stream, which no key shows.
         */
        private static Optional<String> interdit(COSDictionary d) {
            if (d.containsKey(COSName.JS) || d.containsKey(JAVASCRIPT) || JAVASCRIPT.equals(d.getCOSName(COSName.S))
                    || LAUNCH.equals(d.getCOSName(COSName.S)) || d.containsKey(COSName.XFA)) {
                return Optional.of(PDF_SCRIPT);
            }
            if (d.containsKey(EMBEDDED_FILES) || d.containsKey(COSName.EF)
                    || EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
                    || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))) {
                return Optional.of(PDF_FICHIERS_JOINTS);
            }
            return Optional.empty();
        }
    }

    /**
     * Decodes the whole image, subsampled so that at most {@link #COTE_DECODE}² pixels are held, after checking its
     * dimensions; a warning of the decoder (a truncated or corrupt stream) refuses it as well.
     */
    private Optional<String> refusImage(byte[] octets, String format, String illisible) {
        ImageReader lecteur = ImageIO.getImageReadersByFormatName(format).next();
        try (var entree = ImageIO.createImageInputStream(new ByteArrayInputStream(octets))) {
            lecteur.setInput(entree, true, true);
            var avertissements = new java.util.ArrayList<String>();
            lecteur.addIIOReadWarningListener((IIOReadWarningListener) (source, avertissement) ->
                    avertissements.add(avertissement));
            long largeur = lecteur.getWidth(0);
            long hauteur = lecteur.getHeight(0);
            if (largeur < 1 || hauteur < 1) {
                return Optional.of(illisible);
            }
            if (largeur * hauteur > proprietes.pixelsMax()) {
                return Optional.of("L'image est trop grande (" + largeur + " × " + hauteur + " pixels, au plus "
                        + proprietes.pixelsMax() / 1_000_000 + " millions) : réduisez sa définition, puis recommencez.");
            }
            var parametres = lecteur.getDefaultReadParam();
            int pas = (int) Math.max(1, Math.ceil(Math.max(largeur, hauteur) / (double) COTE_DECODE));
            parametres.setSourceSubsampling(pas, pas, 0, 0);
            lecteur.read(0, parametres);
            return avertissements.isEmpty() ? Optional.empty() : Optional.of(illisible);
        } catch (IOException | RuntimeException e) {
            return Optional.of(illisible);
        } finally {
            lecteur.dispose();
        }
    }

    @Override
    public void destroy() {
        verifications.shutdownNow();
    }
}
