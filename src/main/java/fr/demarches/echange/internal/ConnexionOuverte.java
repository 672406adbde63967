package fr.demarches.echange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * An authenticated sFTP session on a commune's server, with the few operations the exchanges need. Paths are
 * relative to the account's home unless absolute; folders are joined with "/". Renaming never replaces an
 * existing file (plain sFTP rename): that is what makes a claim exclusive and a delivery never overwrite one the
 * commune's software may be reading.
 */
public class ConnexionOuverte implements AutoCloseable {

    /** The longest file name (in UTF-8 bytes) that usual file systems (ext4, XFS, NTFS…) accept. */
    public static final int NOM_MAX_SYSTEME = 255;

    private final ClientSession session;
    private final SftpClient sftp;
    private final ClientSftp.CleHote cleHote;

    ConnexionOuverte(ClientSession session, SftpClient sftp, ClientSftp.CleHote cleHote) {
        this.session = session;
        this.sftp = sftp;
        this.cleHote = cleHote;
    }

    /** The host key the server presented (and that matched the recorded one). */
    public ClientSftp.CleHote cleHote() {
        return cleHote;
    }

    /** {@code dossier/nom}, or {@code nom} alone for the home folder. */
    public static String chemin(String dossier, String nom) {
        if (dossier == null || dossier.isBlank() || dossier.equals(".")) {
            return nom;
        }
        return dossier.endsWith("/") ? dossier + nom : dossier + "/" + nom;
    }

    /** The length of a file name as file systems count it: UTF-8 bytes. */
    public static int octets(String nom) {
        return nom.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest start of {@code nom} that fits in {@code max} UTF-8 bytes, cut between two characters. */
    public static String tronquer(String nom, int max) {
        if (octets(nom) <= max) {
            return nom;
        }
        var debut = new StringBuilder();
        int taille = 0;
        for (int i = 0; i < nom.length(); i = nom.offsetByCodePoints(i, 1)) {
            String caractere = new String(Character.toChars(nom.codePointAt(i)));
            taille += octets(caractere);
            if (taille > max) {
                break;
            }
            debut.append(caractere);
        }
        return debut.toString();
    }

    public boolean existe(String chemin) throws IOException {
        return nature(chemin).isPresent();
    }

    /** What the path is, without following a link; empty when nothing is there. */
    public Optional<Nature> nature(String chemin) throws IOException {
        try {
            return Optional.of(Nature.de(sftp.lstat(chemin)));
        } catch (SftpException e) {
            if (absent(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean absent(SftpException e) {
        return e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH;
    }

    /** Creates the folder unless it exists; true when it was created. */
    public boolean creerDossier(String chemin) throws IOException {
        if (existe(chemin)) {
            return false;
        }
        try {
            sftp.mkdir(chemin);
            return true;
        } catch (SftpException e) {
            // Created meanwhile by another reader: what matters is that it exists.
            if (existe(chemin)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Writes a file so that no reader ever sees it half written: the content goes to a hidden temporary name in
     * the same folder, then is renamed. When {@code dossier/nom} already exists nothing is replaced and
     * {@code false} is returned.
     */
    public boolean deposer(String dossier, String nom, Ecriture ecriture) throws IOException {
        String cible = chemin(dossier, nom);
        if (existe(cible)) {
            return false;
        }
        var ecrit = ecrireTemporaire(dossier, nom, ecriture);
        if (publier(ecrit.temporaire(), cible)) {
            return true;
        }
        sftp.remove(ecrit.temporaire());
        return false;
    }

    /**
     * Writes {@code .<nom>.part} in {@code dossier}, counting and hashing what is sent, then checks that the server
     * holds as many bytes as were sent (a full disk or a quota may cut a file without an error).
     */
    public Ecrit ecrireTemporaire(String dossier, String nom, Ecriture ecriture) throws IOException {
        String temporaire = chemin(dossier, "." + nom + ".part");
        var condensat = sha256();
        var compteur = new Compteur();
        try (OutputStream sortie = sftp.write(temporaire, OpenMode.Write, OpenMode.Create, OpenMode.Truncate)) {
            ecriture.ecrire(new DigestOutputStream(new CompteurSortie(sortie, compteur), condensat));
        }
        long surLeServeur = sftp.stat(temporaire).getSize();
        if (surLeServeur != compteur.octets) {
            throw new IOException("le serveur n'a gardé que " + surLeServeur + " octets sur les " + compteur.octets
                    + " envoyés (disque plein ou quota atteint ?)");
        }
        return new Ecrit(temporaire, compteur.octets, HexFormat.of().formatHex(condensat.digest()));
    }

    /** Renames the temporary file into place; false when the target exists already (nothing is replaced). */
    public boolean publier(String temporaire, String cible) throws IOException {
        try {
            sftp.rename(temporaire, cible);
            return true;
        } catch (SftpException e) {
            if (existe(cible)) {
                return false;
            }
            throw e;
        }
    }

    /** Renames unless the source is gone or the target exists (another poller was first): then false. */
    public boolean renommer(String de, String vers) throws IOException {
        try {
            sftp.rename(de, vers);
            return true;
        } catch (SftpException e) {
            if (!existe(de) || existe(vers)) {
                return false;
            }
            throw e;
        }
    }

    /** Moves into {@code dossier} under {@code nom}, or under a dated name when that one is taken; the name used. */
    public String deplacer(String de, String dossier, String nom, Instant maintenant) throws IOException {
        String cible = chemin(dossier, nom);
        if (existe(cible)) {
            nom = tronquer(maintenant.toEpochMilli() + "-" + nom, NOM_MAX_SYSTEME);
            cible = chemin(dossier, nom);
        }
        sftp.rename(de, cible);
        return nom;
    }

    /** The regular files of a folder (names and sizes), hidden ones (".…") left out. */
    public List<Fichier> fichiers(String dossier) throws IOException {
        return entrees(dossier).stream().filter(e -> !e.nom().startsWith(".") && e.nature() == Nature.FICHIER)
                .map(e -> new Fichier(e.nom(), e.taille())).toList();
    }

    /** Everything a folder holds, but "." and "..", sorted by name; links are not followed. */
    public List<Entree> entrees(String dossier) throws IOException {
        var entrees = new ArrayList<Entree>();
        for (SftpClient.DirEntry entree : sftp.readDir(dossier == null || dossier.isBlank() ? "." : dossier)) {
            String nom = entree.getFilename();
            if (!nom.equals(".") && !nom.equals("..")) {
                var attributs = entree.getAttributes();
                var modifie = attributs.getModifyTime();
                entrees.add(new Entree(nom, attributs.getSize(), Nature.de(attributs),
                        modifie == null ? null : modifie.toInstant()));
            }
        }
        entrees.sort(java.util.Comparator.comparing(Entree::nom));
        return entrees;
    }

    /** Reads a whole file, refusing ({@link TropGros}) one larger than {@code max} bytes before reading it. */
    public byte[] lire(String chemin, long max) throws IOException {
        long taille = sftp.stat(chemin).getSize();
        if (taille > max) {
            throw new TropGros(taille);
        }
        try (var entree = sftp.read(chemin, EnumSet.of(OpenMode.Read))) {
            byte[] contenu = entree.readNBytes((int) max + 1);
            if (contenu.length > max) {
                throw new TropGros(contenu.length);
            }
            return contenu;
        }
    }

    /** The size and SHA-256 of a file on the server, read as a stream (sFTP has no standard checksum request). */
    public Ecrit empreinte(String chemin) throws IOException {
        var condensat = sha256();
        long octets = 0;
        try (var entree = sftp.read(chemin, EnumSet.of(OpenMode.Read))) {
            byte[] tampon = new byte[64 * 1024];
            for (int n = entree.read(tampon); n >= 0; n = entree.read(tampon)) {
                condensat.update(tampon, 0, n);
                octets += n;
            }
        }
        return new Ecrit(chemin, octets, HexFormat.of().formatHex(condensat.digest()));
    }

    public long taille(String chemin) throws IOException {
        return sftp.stat(chemin).getSize();
    }

    public void supprimer(String chemin) throws IOException {
        sftp.remove(chemin);
    }

    @Override
    public void close() {
        try {
            sftp.close();
        } catch (IOException e) {
            // The session is closed below in any case.
        }
        session.close(false);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    public interface Ecriture {
        void ecrire(OutputStream sortie) throws IOException;
    }

    public record Fichier(String nom, long taille) {
    }

    /** One entry of a folder: its name, size, nature and last modification (null when the server does not say). */
    public record Entree(String nom, long taille, Nature nature, Instant modifieLe) {
    }

    /** A file written on the server: where, how many bytes, their SHA-256 in hexadecimal. */
    public record Ecrit(String temporaire, long taille, String sha256) {
    }

    /** What a folder entry is; only a regular file is ever read. */
    public enum Nature {
        FICHIER("fichier"), DOSSIER("dossier"), LIEN("lien symbolique"), AUTRE("élément spécial (ni fichier ni dossier)");

        private final String libelle;

        Nature(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }

        static Nature de(SftpClient.Attributes attributs) {
            if (attributs.isSymbolicLink()) {
                return LIEN;
            }
            if (attributs.isDirectory()) {
                return DOSSIER;
            }
            return attributs.isRegularFile() ? FICHIER : AUTRE;
        }
    }

    /** A file over the size the platform accepts to read. */
    public static class TropGros extends IOException {

        private final long taille;

        TropGros(long taille) {
            super("Fichier trop volumineux : " + taille + " octets");
            this.taille = taille;
        }

        public long taille() {
            return taille;
        }
    }

    private static final class Compteur {
        long octets;
    }

    private static final class CompteurSortie extends java.io.FilterOutputStream {

        private final Compteur compteur;

        CompteurSortie(OutputStream sortie, Compteur compteur) {
            super(sortie);
            this.compteur = compteur;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            compteur.octets++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            compteur.octets += len;
        }
    }
}
