package fr.demarches.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.demarches.document.StockageContenus;

/**
 * Contents as files under the configured folder, at {@code ab/cd/<sha256>}. A write goes to a hidden temporary
 * file in the same folder, is flushed to disk, then renamed in one step: readers see the whole file or nothing,
 * and a failure midway leaves nothing behind. A content already present is left as it is (written once).
 */
class StockageFichiers implements StockageContenus {

    static final Pattern EMPREINTE = Pattern.compile("[0-9a-f]{64}");

    private final Path racine;
    private final VerrousContenus verrous;

    StockageFichiers(Path racine, VerrousContenus verrous) {
        this.racine = racine.toAbsolutePath();
        this.verrous = verrous;
        try {
            Files.createDirectories(this.racine);
        } catch (IOException e) {
            throw new UncheckedIOException("Dossier des documents inutilisable : " + this.racine, e);
        }
    }

    @Override
    public ContenuEcrit ecrire(InputStream flux) throws IOException {
        try (var temporaire = FichierTemporaire.ecrire(racine, flux, true)) {
            verrous.avantPublication(temporaire.empreinte());
            Path cible = chemin(temporaire.empreinte());
            if (!Files.exists(cible)) {
                Files.createDirectories(cible.getParent());
                Files.move(temporaire.fichier(), cible, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                synchroniserDossier(cible.getParent());
            }
            return new ContenuEcrit(temporaire.empreinte(), temporaire.taille());
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
}
