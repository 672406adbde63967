package fr.demarches.teledossier.elements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;

/**
 * The two DejaVu fonts, parsed. Parsing a 700 KB TrueType file for every CERFA cost more than laying the CERFA out
 * (docs/performance.md, ZIP): parsed fonts are kept and lent, one pair per document being written, because a parsed
 * font reads its glyphs through one shared position and must not serve two documents at once. The pool is bounded:
 * past it, a pair is parsed for the document and dropped afterwards.
 */
record Polices(TrueTypeFont normale, TrueTypeFont grasse) {

    private static final byte[] NORMALE = lire("polices/DejaVuSans.ttf");
    private static final byte[] GRASSE = lire("polices/DejaVuSans-Bold.ttf");
    private static final BlockingQueue<Polices> DISPONIBLES =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    /** A pair no other document uses until {@link #rendre()}. */
    static Polices emprunter() throws IOException {
        Polices libres = DISPONIBLES.poll();
        return libres != null ? libres : new Polices(analyser(NORMALE), analyser(GRASSE));
    }

    /** Once the document that used them is written or abandoned. */
    void rendre() {
        if (!DISPONIBLES.offer(this)) {
            try {
                normale.close();
                grasse.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static TrueTypeFont analyser(byte[] octets) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(octets));
    }

    private static byte[] lire(String chemin) {
        try (InputStream in = new ClassPathResource(chemin).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
