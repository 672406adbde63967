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
 * port with the same host key. It accepts one account, by password or by key (ECDSA, Ed25519 or RSA).
 * The shared server has an ECDSA host key; {@link #demarre(CleHote...)} gives a server of its own to each set of
 * host key types, like a commune's server that has only an Ed25519 key, or only an RSA one.
 */
public final class ServeurSftp {

    public static final String IDENTIFIANT = "mairie";
    public static final String MOT_DE_PASSE = "Sftp-de-test-1";

    /** The host keys a server may have; RSA_SHA1 is an RSA key that signs only with "ssh-rsa" (SHA-1), as old servers do. */
    public enum CleHote {
        ECDSA, ED25519, RSA, RSA_SHA1
    }

    /** The client keys every server accepts for {@link #IDENTIFIANT}. */
    public enum CleClient {
        ECDSA, ED25519, RSA
    }

    private static final java.util.Map<java.util.List<CleHote>, ServeurSftp> INSTANCES = new java.util.HashMap<>();
    private static final java.util.Map<CleClient, KeyPair> CLES_CLIENT = new java.util.EnumMap<>(CleClient.class);

    private final Path racine;
    private final int port;
    private final java.util.List<CleHote> types;
    private final java.util.List<KeyPair> clesHote;
    private SshServer serveur;
    /** Ends of the names of the files this server refuses to move, or to open, as a server with odd rights would. */
    private final java.util.Set<String> deplacementsRefuses = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> lecturesRefusees = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ServeurSftp(java.util.List<CleHote> types) throws IOException, GeneralSecurityException {
        racine = Files.createTempDirectory("serveur-sftp-");
        try (var libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        this.types = types;
        clesHote = new java.util.ArrayList<>();
        for (CleHote type : types) {
            clesHote.add(switch (type) {
                case ECDSA -> paireEc();
                case ED25519 -> KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
                case RSA, RSA_SHA1 -> KeyUtils.generateKeyPair(KeyPairProvider.SSH_RSA, 2048);
            });
        }
    }

    /** The shared server (an ECDSA host key), started. */
    public static ServeurSftp demarre() {
        return demarre(CleHote.ECDSA);
    }

    /** The server with exactly these host keys, started; one per set, kept for the whole run. */
    public static synchronized ServeurSftp demarre(CleHote... cles) {
        try {
            var types = java.util.List.of(cles);
            var instance = INSTANCES.get(types);
            if (instance == null) {
                instance = new ServeurSftp(types);
                INSTANCES.put(types, instance);
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
        serveur.setKeyPairProvider(KeyPairProvider.wrap(clesHote));
        if (types.contains(CleHote.RSA_SHA1)) {
            serveur.setSignatureFactories(java.util.List.of(org.apache.sshd.common.signature.BuiltinSignatures.rsa));
        }
        serveur.setPasswordAuthenticator((identifiant, motDePasse, session) ->
                IDENTIFIANT.equals(identifiant) && MOT_DE_PASSE.equals(motDePasse));
        serveur.setPublickeyAuthenticator((identifiant, cle, session) -> IDENTIFIANT.equals(identifiant)
                && java.util.Arrays.stream(CleClient.values()).anyMatch(c -> KeyUtils.compareKeys(cle, cleClient(c).getPublic())));
        var sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new org.apache.sshd.sftp.server.SftpEventListener() {
            @Override
            public void moving(org.apache.sshd.server.session.ServerSession session, Path de, Path vers,
                    java.util.Collection<java.nio.file.CopyOption> options) throws IOException {
                refuserSiNomme(deplacementsRefuses, de);
                refuserSiNomme(deplacementsRefuses, vers);
            }

            @Override
            public void opening(org.apache.sshd.server.session.ServerSession session, String handle,
                    org.apache.sshd.sftp.server.Handle local) throws IOException {
                if (local instanceof org.apache.sshd.sftp.server.FileHandle) {
                    refuserSiNomme(lecturesRefusees, local.getFile());
                }
            }
        });
        serveur.setSubsystemFactories(List.of(sftp));
        serveur.setFileSystemFactory(new VirtualFileSystemFactory(racine));
        serveur.start();
    }

    /** An outage: the port no longer answers until {@link #demarrer()}. */
    public synchronized void arreter() throws IOException {
        serveur.stop(true);
    }

    /** From now on the server refuses to rename any file whose name ends with {@code fin} (from or to it). */
    public void refuserDeplacement(String fin) {
        deplacementsRefuses.add(fin);
    }

    /** From now on the server refuses to open any file whose name ends with {@code fin}. */
    public void refuserLecture(String fin) {
        lecturesRefusees.add(fin);
    }

    private static void refuserSiNomme(java.util.Set<String> fins, Path chemin)
            throws java.nio.file.AccessDeniedException {
        String nom = chemin.getFileName() == null ? "" : chemin.getFileName().toString();
        if (fins.stream().anyMatch(nom::endsWith)) {
            throw new java.nio.file.AccessDeniedException(nom, null, "refusé par le serveur de test");
        }
    }

    /** Empties the served folder, leaving the given folders (relative paths) created; no file is refused any more. */
    public void vider(String... dossiers) {
        deplacementsRefuses.clear();
        lecturesRefusees.clear();
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

    /** The fingerprint of the server's first host key, as the administrator records it. */
    public String empreinte() {
        return empreinte(types.getFirst());
    }

    /** The fingerprint of the server's host key of this type ({@code ssh-keygen -l} on its public key). */
    public String empreinte(CleHote type) {
        return KeyUtils.getFingerPrint(clesHote.get(types.indexOf(type)).getPublic());
    }

    /** An ECDSA private key the server accepts for {@link #IDENTIFIANT}, in OpenSSH form. */
    public String clePriveeClient() {
        return clePriveeClient(CleClient.ECDSA, null);
    }

    /**
     * A private key of this type the server accepts for {@link #IDENTIFIANT}, in OpenSSH form as ssh-keygen writes
     * it ("-----BEGIN OPENSSH PRIVATE KEY-----"), protected by {@code phrase} unless null.
     */
    public static String clePriveeClient(CleClient type, String phrase) {
        try {
            var sortie = new ByteArrayOutputStream();
            var options = phrase == null ? null : new org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext();
            if (options != null) {
                options.setPassword(phrase);
                options.setCipherName("AES");
                options.setCipherMode("CTR");
                options.setCipherType("256");
            }
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(cleClient(type), "plateforme", options, sortie);
            return sortie.toString(StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized KeyPair cleClient(CleClient type) {
        return CLES_CLIENT.computeIfAbsent(type, t -> {
            try {
                return switch (t) {
                    case ECDSA -> paireEc();
                    case ED25519 -> KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
                    case RSA -> KeyUtils.generateKeyPair(KeyPairProvider.SSH_RSA, 2048);
                };
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
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
