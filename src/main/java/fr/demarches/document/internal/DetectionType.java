package fr.demarches.document.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a file's type from its first bytes, whatever its name says. Only the three accepted types are known:
 * anything else (an executable, an archive, a PDF renamed .png…) is not recognised as what it claims.
 */
public final class DetectionType {

    public static final int OCTETS_NECESSAIRES = 8;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private DetectionType() {
    }

    public static Optional<String> typeContenu(byte[] debut, int lus) {
        if (commencePar(debut, lus, PDF)) {
            return Optional.of("application/pdf");
        }
        if (commencePar(debut, lus, PNG)) {
            return Optional.of("image/png");
        }
        if (commencePar(debut, lus, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean commencePar(byte[] debut, int lus, byte[] signature) {
        return lus >= signature.length && Arrays.equals(debut, 0, signature.length, signature, 0, signature.length);
    }
}
