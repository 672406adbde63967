package fr.demarches.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where the bytes live, addressed by their SHA-256 (hex). The default implementation writes files on the local
 * disk; an S3-compatible store would implement the same four operations, and nothing else changes.
 * A write is atomic: a content is either entirely visible under its address or not at all.
 */
public interface StockageContenus {

    /** Stores the stream's bytes (identical bytes are stored once) and returns their address and size. */
    ContenuEcrit ecrire(InputStream flux) throws IOException;

    InputStream lire(String empreinte) throws IOException;

    void supprimer(String empreinte) throws IOException;

    /** The addresses of the contents last written before {@code avant}, for the sweep of unreferenced contents. */
    Stream<String> ecritsAvant(Instant avant) throws IOException;

    record ContenuEcrit(String empreinte, long taille) {
    }
}
