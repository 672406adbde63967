package fr.demarches.document.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The bytes being stored, first copied to a hidden file of the local folder while their SHA-256 is computed: the
 * address is only known at the end, and only then is the content published (renamed, or sent to the object
 * store) under it. Deleted on {@link #close()}; a crash may leave one behind, which {@link #supprimerAbandonnes}
 * removes once older than any write can last.
 */
final class FichierTemporaire implements Closeable {

    private static final String PREFIXE = ".ecriture-";
    private static final String SUFFIXE = ".tmp";

    private final Path fichier;
    private final String empreinte;
    private final long taille;

    private FichierTemporaire(Path fichier, String empreinte, long taille) {
        this.fichier = fichier;
        this.empreinte = empreinte;
        this.taille = taille;
    }

    /** Copies the stream; {@code durable}: flushed to the disk, for a file that becomes the content itself. */
    static FichierTemporaire ecrire(Path dossier, InputStream flux, boolean durable) throws IOException {
        Path fichier = Files.createTempFile(dossier, PREFIXE, SUFFIXE);
        try {
            var sha256 = sha256();
            long taille;
            try (var canal = FileChannel.open(fichier, StandardOpenOption.WRITE);
                    var entree = new DigestInputStream(flux, sha256)) {
                taille = entree.transferTo(Channels.newOutputStream(canal));
                if (durable) {
                    canal.force(true);
                }
            }
            return new FichierTemporaire(fichier, HexFormat.of().formatHex(sha256.digest()), taille);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(fichier);
            throw e;
        }
    }

    Path fichier() {
        return fichier;
    }

    String empreinte() {
        return empreinte;
    }

    long taille() {
        return taille;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(fichier);
    }

    /** Removes the temporary files of {@code dossier} last modified before {@code avant}; returns how many. */
    static int supprimerAbandonnes(Path dossier, Instant avant) throws IOException {
        return supprimerAnciens(dossier, PREFIXE + "*" + SUFFIXE, avant);
    }

    /** Removes the regular files of {@code dossier} matching {@code motif} (a glob) modified before {@code avant}. */
    static int supprimerAnciens(Path dossier, String motif, Instant avant) throws IOException {
        if (!Files.isDirectory(dossier)) {
            return 0;
        }
        int supprimes = 0;
        try (DirectoryStream<Path> fichiers = Files.newDirectoryStream(dossier, motif)) {
            for (Path f : fichiers) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(avant)
                        && Files.deleteIfExists(f)) {
                    supprimes++;
                }
            }
        }
        return supprimes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
