package fr.demarches.echange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

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

    private final ClientSession session;
    private final SftpClient sftp;

    ConnexionOuverte(ClientSession session, SftpClient sftp) {
        this.session = session;
        this.sftp = sftp;
    }

    /** {@code dossier/nom}, or {@code nom} alone for the home folder. */
    public static String chemin(String dossier, String nom) {
        if (dossier == null || dossier.isBlank() || dossier.equals(".")) {
            return nom;
        }
        return dossier.endsWith("/") ? dossier + nom : dossier + "/" + nom;
    }

    public boolean existe(String chemin) throws IOException {
        try {
            sftp.stat(chemin);
            return true;
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH) {
                return false;
            }
            throw e;
        }
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
     * the same folder, then is renamed. When {@code dossier/nom} already exists nothing is replaced: the file is
     * there already (a previous attempt got that far) and {@code false} is returned.
     */
    public boolean deposer(String dossier, String nom, Ecriture ecriture) throws IOException {
        String cible = chemin(dossier, nom);
        if (existe(cible)) {
            return false;
        }
        String temporaire = chemin(dossier, "." + nom + ".part");
        try (OutputStream sortie = sftp.write(temporaire, OpenMode.Write, OpenMode.Create, OpenMode.Truncate)) {
            ecriture.ecrire(sortie);
        }
        try {
            sftp.rename(temporaire, cible);
            return true;
        } catch (SftpException e) {
            if (existe(cible)) {
                sftp.remove(temporaire);
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
            nom = maintenant.toEpochMilli() + "-" + nom;
            cible = chemin(dossier, nom);
        }
        sftp.rename(de, cible);
        return nom;
    }

    /** The regular files of a folder (names and sizes), hidden ones (".…") left out. */
    public List<Fichier> fichiers(String dossier) throws IOException {
        var fichiers = new ArrayList<Fichier>();
        for (SftpClient.DirEntry entree : sftp.readDir(dossier == null || dossier.isBlank() ? "." : dossier)) {
            String nom = entree.getFilename();
            if (!nom.startsWith(".") && entree.getAttributes().isRegularFile()) {
                fichiers.add(new Fichier(nom, entree.getAttributes().getSize()));
            }
        }
        fichiers.sort(java.util.Comparator.comparing(Fichier::nom));
        return fichiers;
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

    @FunctionalInterface
    public interface Ecriture {
        void ecrire(OutputStream sortie) throws IOException;
    }

    public record Fichier(String nom, long taille) {
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
}
