package fr.demarches.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real sFTP server for the tests (Apache MINA SSHD), on 127.0.0.1, serving a temporary folder. Started once for
 * the whole run and shared, like the database; a test may stop it (an outage) and start it again on the same
 * port with the same host key. It accepts one account, by password or by key.
 */
public final class ServeurSftp {

    public static final String IDENTIFIANT = "mairie";
    public static final String MOT_DE_PASSE = "Sftp-de-test-1";

    private static ServeurSftp instance;

    private final Path racine;
    private final int port;
    private final KeyPair cleHote;
    private final KeyPair cleClient;
    private SshServer serveur;

    private ServeurSftp() throws IOException, GeneralSecurityException {
        racine = Files.createTempDirectory("serveur-sftp-");
        try (var libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        cleHote = paireEc();
        cleClient = paireEc();
    }

    /** The shared server, started. */
    public static synchronized ServeurSftp demarre() {
        try {
            if (instance == null) {
                instance = new ServeurSftp();
            }
            instance.demarrer();
            return instance;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Serveur sFTP de test impossible à démarrer", e);
        }
    }

    public synchronized void demarrer() throws IOException {
        if (serveur != null && serveur.isStarted()) {
            return;
        }
        serveur = SshServer.setUpDefaultServer();
        serveur.setHost("127.0.0.1");
        serveur.setPort(port);
        serveur.setKeyPairProvider(KeyPairProvider.wrap(cleHote));
        serveur.setPasswordAuthenticator((identifiant, motDePasse, session) ->
                IDENTIFIANT.equals(identifiant) && MOT_DE_PASSE.equals(motDePasse));
        serveur.setPublickeyAuthenticator((identifiant, cle, session) ->
                IDENTIFIANT.equals(identifiant) && KeyUtils.compareKeys(cle, cleClient.getPublic()));
        serveur.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        serveur.setFileSystemFactory(new VirtualFileSystemFactory(racine));
        serveur.start();
    }

    /** An outage: the port no longer answers until {@link #demarrer()}. */
    public synchronized void arreter() throws IOException {
        serveur.stop(true);
    }

    /** Empties the served folder, leaving the given folders (relative paths) created. */
    public void vider(String... dossiers) {
        try (Stream<Path> chemins = Files.walk(racine)) {
            chemins.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(racine)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (String dossier : dossiers) {
                Files.createDirectories(racine.resolve(dossier));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path on the server's disk, for the test to read or to drop files as the commune's software would. */
    public Path fichier(String chemin) {
        return racine.resolve(chemin);
    }

    /** The names of the files in a folder of the server, sorted; hidden ones included. */
    public List<String> noms(String dossier) {
        try (Stream<Path> fichiers = Files.list(racine.resolve(dossier))) {
            return fichiers.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The server's host key fingerprint, as the administrator records it. */
    public String empreinte() {
        return KeyUtils.getFingerPrint(cleHote.getPublic());
    }

    /** The private key the server accepts for {@link #IDENTIFIANT}, in OpenSSH form, as a commune would give it. */
    public String clePriveeClient() {
        try {
            var sortie = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(cleClient, "plateforme", null, sortie);
            return sortie.toString(StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another key's fingerprint: what a different server (or a changed key) would present. */
    public static String autreEmpreinte() {
        try {
            return KeyUtils.getFingerPrint(paireEc().getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair paireEc() throws GeneralSecurityException {
        var generateur = KeyPairGenerator.getInstance("EC");
        generateur.initialize(new ECGenParameterSpec("secp256r1"));
        return generateur.generateKeyPair();
    }
}
