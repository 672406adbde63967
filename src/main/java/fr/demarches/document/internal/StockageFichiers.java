package fr.demarches.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.demarches.document.StockageContenus;

/**
 * Contents as files under the configured folder, at {@code ab/cd/<sha256>}. A write goes to a hidden temporary
 * file in the same folder, is flushed to disk, then renamed in one step: readers see the whole file or nothing,
 * and a failure midway leaves nothing behind. Rewriting an existing content replaces it with the same bytes,
 * which also refreshes its date, so the sweep never removes a content that was just written again.
 */
class StockageFichiers implements StockageContenus {

    private static final Pattern EMPREINTE = Pattern.compile("[0-9a-f]{64}");

    private final Path racine;

    StockageFichiers(Path racine) {
        this.racine = racine.toAbsolutePath();
        try {
            Files.createDirectories(this.racine);
        } catch (IOException e) {
            throw new UncheckedIOException("Dossier des documents inutilisable : " + this.racine, e);
        }
    }

    @Override
    public ContenuEcrit ecrire(InputStream flux) throws IOException {
        Path temporaire = Files.createTempFile(racine, ".ecriture-", ".tmp");
        try {
            var sha256 = sha256();
            long taille;
            try (var canal = FileChannel.open(temporaire, StandardOpenOption.WRITE);
                    var entree = new DigestInputStream(flux, sha256)) {
                taille = entree.transferTo(Channels.newOutputStream(canal));
                canal.force(true);
            }
            String empreinte = HexFormat.of().formatHex(sha256.digest());
            Path cible = chemin(empreinte);
            Files.createDirectories(cible.getParent());
            Files.move(temporaire, cible, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            synchroniserDossier(cible.getParent());
            return new ContenuEcrit(empreinte, taille);
        } finally {
            Files.deleteIfExists(temporaire);
        }
    }

    @Override
    public InputStream lire(String empreinte) throws IOException {
        return Files.newInputStream(chemin(empreinte));
    }

    @Override
    public void supprimer(String empreinte) throws IOException {
        Files.deleteIfExists(chemin(empreinte));
    }

    @Override
    public Stream<String> ecritsAvant(Instant avant) throws IOException {
        try (var fichiers = Files.find(racine, 3, (chemin, attributs) -> attributs.isRegularFile()
                && EMPREINTE.matcher(chemin.getFileName().toString()).matches()
                && attributs.lastModifiedTime().toInstant().isBefore(avant))) {
            return fichiers.map(f -> f.getFileName().toString()).toList().stream();
        }
    }

    Path chemin(String empreinte) {
        if (empreinte == null || !EMPREINTE.matcher(empreinte).matches()) {
            throw new IllegalArgumentException("Empreinte invalide");
        }
        return racine.resolve(empreinte.substring(0, 2)).resolve(empreinte.substring(2, 4)).resolve(empreinte);
    }

    /** Makes the rename itself durable (Linux); where a folder cannot be opened this way, the rename stays atomic. */
    private static void synchroniserDossier(Path dossier) {
        try (var canal = FileChannel.open(dossier, StandardOpenOption.READ)) {
            canal.force(true);
        } catch (IOException ignoree) {
            // Not supported on every platform; atomicity does not depend on it.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
