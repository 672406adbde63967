package fr.demarches.teledossier.elements;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The one ZIP an agent downloads, written straight to the response as it is produced: memory does not grow with
 * the size of the dossier. Entries are named {@code <numéro>-<procédure>-<type>.<ext>}, the pieces
 * {@code <numéro>-<procédure>-<type>-<n>.<ext>} (n counts the pieces of that type).
 */
public final class ArchiveZip {

    private ArchiveZip() {
    }

    public static void ecrire(OutputStream sortie, String numero, String procedure, Instant depot,
            DonneesDemande donnees, java.util.List<Piece> pieces) throws IOException {
        ecrire(sortie, numero, procedure, depot, donnees, pieces, SuiviDossier.VIDE);
    }

    /** {@code suivi}: the pieces' versions and the requests for complements, for the XML and the CERFA recap. */
    public static void ecrire(OutputStream sortie, String numero, String procedure, Instant depot,
            DonneesDemande donnees, java.util.List<Piece> pieces, SuiviDossier suivi) throws IOException {
        try (var zip = new ZipOutputStream(sortie)) {
            String prefixe = numero + "-" + procedure + "-";
            zip.putNextEntry(new ZipEntry(prefixe + "cerfa.pdf"));
            var entree = new SansFermeture(zip);
            switch (donnees) {
                case DonneesIle ile -> CerfaPdf.inscription(entree, numero, depot, ile, suivi);
                case DonneesRco rco -> CerfaPdf.recensement(entree, numero, depot, rco, suivi);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(prefixe + "donnees.xml"));
            zip.write(switch (donnees) {
                case DonneesIle ile -> FichiersXml.inscription(numero, depot, ile, suivi);
                case DonneesRco rco -> FichiersXml.recensement(numero, depot, rco, suivi);
            });
            zip.closeEntry();
            // The pieces are PDF, JPEG or PNG, compressed already: deflating them again cost most of the CPU of a
            // download for nothing (bench/, docs/performance.md). Stored as they are, only checksummed.
            zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            var parType = new java.util.HashMap<String, Integer>();
            for (Piece piece : pieces) {
                int n = parType.merge(piece.type(), 1, Integer::sum);
                var fichier = piece.contenu().ouvrir();
                try (var flux = fichier.flux()) {
                    zip.putNextEntry(new ZipEntry(prefixe + piece.type() + "-" + n + "." + fichier.extension()));
                    flux.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** A piece to add: its type as named in the file (e.g. "piece-identite") and how to open it, once its turn comes. */
    public record Piece(String type, Contenu contenu) {
    }

    @FunctionalInterface
    public interface Contenu {
        Fichier ouvrir() throws IOException;
    }

    public record Fichier(String extension, java.io.InputStream flux) {
    }

    /** Lets a writer that closes its stream write one ZIP entry without closing the whole archive. */
    private static final class SansFermeture extends FilterOutputStream {

        SansFermeture(OutputStream sortie) {
            super(sortie);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
