package fr.demarches.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 API server for the tests: S3Proxy with its filesystem backend, run from its standalone JAR (copied by
 * the build to {@code target/s3proxy/}) in a JVM of its own, so that its Jetty, jclouds and Jackson stay off the
 * application's classpath. Started once for the whole run and shared, like the database; a test may stop it (an
 * outage) and start it again on the same port, the objects kept on disk. It accepts one key pair, which
 * {@link #demarre()} also publishes as the standard AWS system properties ({@code aws.accessKeyId},
 * {@code aws.secretAccessKey}, {@code aws.region}): the application's client finds them exactly as it would find
 * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION in production.
 */
public final class ServeurS3 {

    public static final String IDENTIFIANT = "demarches-test";
    public static final String SECRET = "secret-de-test-s3";
    public static final String REGION = "fr-par";

    private static ServeurS3 instance;

    private final Path jar;
    private final Path racine;
    private final Path configuration;
    private final Path journal;
    private final int port;
    private Process processus;
    private S3Client client;

    private ServeurS3() throws IOException {
        jar = Path.of(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("JAR de S3Proxy absent (" + jar + ") : lancez les tests par ./mvnw, "
                    + "qui le copie dans target/s3proxy/");
        }
        racine = Files.createTempDirectory(jar.getParent(), "donnees-");
        try (var libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        journal = jar.resolveSibling("s3proxy.log");
        configuration = racine.resolveSibling(racine.getFileName() + ".properties");
        Files.writeString(configuration, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTIFIANT,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + racine, ""));
    }

    /** The shared server, started. */
    public static synchronized ServeurS3 demarre() {
        try {
            if (instance == null) {
                instance = new ServeurS3();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::arreter));
                System.setProperty("aws.accessKeyId", IDENTIFIANT);
                System.setProperty("aws.secretAccessKey", SECRET);
                System.setProperty("aws.region", REGION);
            }
            instance.demarrer();
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException("Serveur S3 de test impossible à démarrer", e);
        }
    }

    public synchronized void demarrer() throws IOException {
        if (processus != null && processus.isAlive()) {
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        processus = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--properties", configuration.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(journal.toFile())).start();
        long limite = System.nanoTime() + 60_000_000_000L;
        while (!repond()) {
            if (!processus.isAlive() || System.nanoTime() > limite) {
                processus.destroyForcibly();
                throw new IOException("S3Proxy ne répond pas sur le port " + port + " (voir " + journal + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    /** An outage: the process is stopped, the port no longer answers until {@link #demarrer()}. */
    public synchronized void arreter() {
        if (processus == null) {
            return;
        }
        processus.destroy();
        try {
            if (!processus.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                processus.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bytes as a citizen's upload during which the server stops: at half of them, the outage begins. */
    public InputStream fluxInterrompantLeServeur(byte[] octets) {
        return new ByteArrayInputStream(octets) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (pos >= octets.length / 2) {
                    arreter();
                }
                return super.read(b, off, len);
            }
        };
    }

    public URI adresse() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Creates the bucket if it does not exist yet and empties it. */
    public void compartimentVide(String compartiment) {
        try {
            client().createBucket(r -> r.bucket(compartiment));
        } catch (BucketAlreadyOwnedByYouException dejaLa) {
            // Kept between tests: only its objects go.
        }
        for (String cle : cles(compartiment)) {
            client().deleteObject(r -> r.bucket(compartiment).key(cle));
        }
    }

    /** The object names of a bucket, sorted. */
    public List<String> cles(String compartiment) {
        return client().listObjectsV2Paginator(r -> r.bucket(compartiment)).contents().stream().map(S3Object::key)
                .sorted().toList();
    }

    /** A client of the test's own, to prepare and inspect the buckets. */
    public synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder().endpointOverride(adresse()).forcePathStyle(true).region(Region.of(REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTIFIANT, SECRET)))
                    .build();
        }
        return client;
    }

    private boolean repond() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
