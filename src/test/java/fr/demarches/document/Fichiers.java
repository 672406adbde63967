package fr.demarches.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/** Test files: real signatures at the start, random bytes after, and the store's folder inspected or emptied. */
public final class Fichiers {

    private Fichiers() {
    }

    public static byte[] pdf(int taille) {
        return avecEnTete(taille, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'});
    }

    public static byte[] png(int taille) {
        return avecEnTete(taille, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    }

    public static byte[] jpeg(int taille) {
        return avecEnTete(taille, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
    }

    public static byte[] exe(int taille) {
        return avecEnTete(taille, new byte[] {'M', 'Z', (byte) 0x90, 0});
    }

    public static byte[] zip(int taille) {
        return avecEnTete(taille, new byte[] {'P', 'K', 3, 4});
    }

    private static byte[] avecEnTete(int taille, byte[] entete) {
        byte[] octets = new byte[taille];
        new Random().nextBytes(octets);
        System.arraycopy(entete, 0, octets, 0, entete.length);
        return octets;
    }

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
}
