import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The load of the fault scenarios (bench/pannes/pannes.sh): a few virtual users on loopback, each a bounded number
 * of requests, every request written to a CSV line (time, user, rank, what, HTTP status or -1, duration, key), so
 * that the script can compare what users were told with what the database and the mail sink hold afterwards.
 * A request refused at connection (instance down) is not sent: the user waits for the instance, within the deadline.
 *
 * Usage: java Charge.java URL MODE USERS REQUESTS OUTPUT DEADLINE_S PREFIX [PAUSE_MS]
 *   MODE inscription: signs up PREFIX-u-i@pannes.exemple.fr (a confirmation mail is due for each answer 200);
 *   MODE televersement: signs in as PREFIXu@pannes.exemple.fr and uploads PREFIX-u-i.pdf (logged 302: saved and
 *   sent back to the list; 399: redirected elsewhere).
 */
public final class Charge {

    static final String MOT_DE_PASSE = "Pannes-du-banc-2026!";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final byte[] PIECE = piece(200 * 1024);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String mode = args[1];
        int utilisateurs = Integer.parseInt(args[2]);
        int requetes = Integer.parseInt(args[3]);
        long limite = System.currentTimeMillis() + Long.parseLong(args[5]) * 1000;
        String prefixe = args[6];
        long pause = args.length > 7 ? Long.parseLong(args[7]) : 0;
        try (var sortie = new PrintWriter(Files.newBufferedWriter(Path.of(args[4])), true)) {
            List<Thread> fils = new ArrayList<>();
            for (int u = 1; u <= utilisateurs; u++) {
                var utilisateur = new Utilisateur(url, mode, u, requetes, limite, prefixe, pause, sortie);
                fils.add(Thread.ofPlatform().name("utilisateur-" + u).start(utilisateur::jouer));
            }
            for (Thread t : fils) {
                t.join();
            }
        }
    }

    record Utilisateur(String url, String mode, int u, int requetes, long limite, String prefixe, long pause,
            PrintWriter sortie) {

        void jouer() {
            var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
            boolean connecte = false;
            for (int i = 1; i <= requetes && System.currentTimeMillis() < limite; i++) {
                try {
                    if (mode.equals("televersement") && !connecte) {
                        connecte = connecter(http, i);
                        if (!connecte) {
                            attendre(1000);
                            continue;
                        }
                    }
                    if (mode.equals("inscription")) {
                        inscrire(http, i);
                    } else {
                        connecte = televerser(http, i);
                    }
                } catch (ConnectException e) {
                    i--; // not sent: the instance is down, wait for it
                    attendre(500);
                } catch (Exception e) {
                    noter(i, mode, -1, 0, cle(i) + " " + e.getClass().getSimpleName());
                    connecte = false;
                }
                attendre(pause);
            }
        }

        /** The login page (logged: it may be the 503 page), then the form; true once signed in. */
        private boolean connecter(HttpClient http, int i) throws Exception {
            long debut = System.nanoTime();
            var page = http.send(get("/connexion"), HttpResponse.BodyHandlers.ofString());
            noter(i, "connexion", page.statusCode(), debut, francais(page));
            var m = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !m.find()) {
                return false;
            }
            var reponse = http.send(formulaire("/connexion", "identifiant=" + prefixe + u + "@pannes.exemple.fr"
                    + "&motDePasse=" + MOT_DE_PASSE + "&_csrf=" + m.group(1)), HttpResponse.BodyHandlers.discarding());
            return reponse.statusCode() == 302 && !reponse.headers().firstValue("Location").orElse("").contains("erreur");
        }

        private void inscrire(HttpClient http, int i) throws Exception {
            String jeton = jeton(http, "/inscription");
            long debut = System.nanoTime();
            var reponse = http.send(formulaire("/inscription", "courriel=" + cle(i) + "&motDePasse=" + MOT_DE_PASSE
                    + "&confirmation=" + MOT_DE_PASSE + "&conditions=true&_csrf=" + jeton),
                    HttpResponse.BodyHandlers.ofString());
            boolean recu = reponse.statusCode() == 200 && reponse.body().contains("Vérifiez votre messagerie");
            noter(i, "inscription", recu ? 200 : reponse.statusCode() == 200 ? 299 : reponse.statusCode(), debut, cle(i));
        }

        /** The documents page, then the upload from it; false when the user has to sign in again. */
        private boolean televerser(HttpClient http, int i) throws Exception {
            long debut = System.nanoTime();
            var page = http.send(get("/documents"), HttpResponse.BodyHandlers.ofString());
            noter(i, "page", page.statusCode(), debut, francais(page));
            if (page.statusCode() != 200) {
                return page.statusCode() != 302;
            }
            var m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new IOException("pas de jeton CSRF");
            }
            String frontiere = "----pannes" + ThreadLocalRandom.current().nextLong();
            debut = System.nanoTime();
            var reponse = http.send(HttpRequest.newBuilder(URI.create(url + "/documents"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(frontiere, m.group(1), cle(i) + ".pdf")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            // Saved: back to the list (302 to /documents); anything else is a failure the user sees.
            boolean enregistre = reponse.statusCode() == 302
                    && reponse.headers().firstValue("Location").orElse("").endsWith("/documents");
            noter(i, "televersement", enregistre ? 302 : reponse.statusCode() == 302 ? 399 : reponse.statusCode(),
                    debut, cle(i) + ".pdf");
            return true;
        }

        private String jeton(HttpClient http, String chemin) throws Exception {
            var page = http.send(get(chemin), HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !m.find()) {
                throw new IOException(chemin + " : " + page.statusCode());
            }
            return m.group(1);
        }

        private HttpRequest get(String chemin) {
            return HttpRequest.newBuilder(URI.create(url + chemin)).timeout(Duration.ofSeconds(60)).GET().build();
        }

        private HttpRequest formulaire(String chemin, String corps) {
            return HttpRequest.newBuilder(URI.create(url + chemin)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(corps.replace("@", "%40"))).build();
        }

        private String cle(int i) {
            return mode.equals("inscription") ? prefixe + "-" + u + "-" + i + "@pannes.exemple.fr" : prefixe + "-" + u + "-" + i;
        }

        private void noter(int i, String quoi, int statut, long debut, String cle) {
            long ms = debut == 0 ? 0 : (System.nanoTime() - debut) / 1_000_000;
            sortie.println(System.currentTimeMillis() + ";" + u + ";" + i + ";" + quoi + ";" + statut + ";" + ms + ";" + cle);
        }

        private static String francais(HttpResponse<String> page) {
            return page.statusCode() == 503 && page.body().contains("Service momentanément indisponible")
                    && page.headers().firstValue("Retry-After").isPresent() ? "page-503-francaise" : "";
        }

        private static byte[] multipart(String frontiere, String jeton, String nom) throws IOException {
            var corps = new ByteArrayOutputStream();
            corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + jeton
                    + "\r\n--" + frontiere + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nAUTRE\r\n--"
                    + frontiere + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + nom
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            corps.write(PIECE);
            // Each upload its own content: a shared one would make every request the same stored file.
            corps.write(("\n%" + nom + "\n%%EOF\r\n--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return corps.toByteArray();
        }

        private static void attendre(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] piece(int taille) {
        byte[] octets = new byte[taille];
        ThreadLocalRandom.current().nextBytes(octets);
        byte[] entete = "%PDF-1.7\n% piece des pannes\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(entete, 0, octets, 0, entete.length);
        return octets;
    }
}
