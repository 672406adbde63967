package fr.demarches.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where the bytes live, addressed by their SHA-256 (hex): files on the local disk, or objects of an S3-compatible
 * store ({@code app.documents.stockage}). A write is atomic: a content is either entirely visible under its
 * address or not at all; identical bytes are stored once. {@link #ecrire} runs inside the transaction that
 * records the content's row: it holds the content against the sweep until that transaction ends.
 */
public interface StockageContenus {

    /**
     * Stores the stream's bytes (identical bytes are stored once) and returns their address and size; throws
     * {@link StockageIndisponible} when the store does not answer, having saved nothing.
     */
    ContenuEcrit ecrire(InputStream flux) throws IOException;

    InputStream lire(String empreinte) throws IOException;

    void supprimer(String empreinte) throws IOException;

    /** The addresses of the contents last written before {@code avant}, for the sweep of unreferenced contents. */
    Stream<String> ecritsAvant(Instant avant) throws IOException;

    record ContenuEcrit(String empreinte, long taille) {
    }
}
