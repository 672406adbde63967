import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

/**
 * The citizens and the agent of the two-instance scenario (bench/deux-instances/deux-instances.sh), over real HTTP
 * on loopback. Each virtual user keeps its own session cookie and nothing else: which instance answers is the load
 * balancer's choice (or the scenario's, when it targets one instance on purpose).
 *
 * Usage:
 *   java Usagers.java croise URL_A URL_B
 *     a citizen signs in and submits an ILE with two pieces through instance A; the same session cookie opens their
 *     account page on B; the agent signs in on B and downloads the dossier's ZIP: its pieces must be the very bytes
 *     sent to A. Prints one line per check ("OK …" or "ECHEC …"); exit status 1 on a failure.
 *   java Usagers.java depots URL USERS SUBMISSIONS OUTPUT DEADLINE_S PREFIX STOP_FILE
 *     USERS citizens PREFIX-u@deux.exemple.fr each submit SUBMISSIONS ILE requests, every step a request (sign-in,
 *     situation, identity, address, commune, pieces with two uploads, review, submission). Every request is one CSV
 *     line: time;user;rank;step;status;ms;detail, status -1 for an exception; a step that failed is tried again (as
 *     a user reloads) up to 3 times, the submission with the same idempotency key. A confirmed submission adds a
 *     line "confirme" with its number and the birth name that marks it (PREFIX-u-i) in the database. Each user
 *     stops after SUBMISSIONS, at the deadline, or once STOP_FILE exists (the scenario's signal), whichever first.
 */
public final class Usagers {

    static final String MOT_DE_PASSE = "Deux-instances-2026!";
    static final String AGENT = "agent.nanterre@exemple.fr";
    static final String MOT_DE_PASSE_AGENT = "Agent-Demo-2026!";
    static final String NANTERRE = "92050";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern CLE = Pattern.compile("name=\"cleIdempotence\" value=\"([0-9a-f-]{36})\"");
    static final int ESSAIS = 3;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "croise" -> System.exit(croise(args[1], args[2]) ? 0 : 1);
            case "depots" -> depots(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    System.currentTimeMillis() + Long.parseLong(args[5]) * 1000, args[6], Path.of(args[7]));
            default -> throw new IllegalArgumentException("mode inconnu : " + args[0]);
        }
    }

    // ---- croise: upload through one instance, download through the other

    static boolean croise(String urlA, String urlB) throws Exception {
        var usager = new Navigateur();
        boolean ok = true;
        usager.connecter(urlA, "/connexion", "croise-1@deux.exemple.fr", MOT_DE_PASSE);
        var compte = usager.get(urlB + "/compte");
        ok &= verifier(compte.statusCode() == 200 && compte.body().contains("croise-1@deux.exemple.fr"),
                "session ouverte sur A, page « Mon compte » servie par B avec le même cookie (HTTP "
                        + compte.statusCode() + ")");

        byte[] identite = piece("croise-identite");
        byte[] justificatif = piece("croise-justificatif");
        var depot = new Depot(usager, urlA, "croise-1-1");
        String confirmation = depot.jusquAuxPieces() && depot.pieces(identite, justificatif) ? depot.envoyer() : null;
        ok &= verifier(confirmation != null, "demande ILE déposée par A avec deux pièces : " + confirmation);
        if (confirmation == null) {
            return false;
        }
        String dossier = confirmation.substring(confirmation.lastIndexOf('/') + 1);

        var agent = new Navigateur();
        agent.connecter(urlB, "/gs/connexion", AGENT, MOT_DE_PASSE_AGENT);
        var zip = agent.octets(urlB + "/gs/teledossiers/" + dossier + "/elements");
        var entrees = zip.statusCode() == 200 ? entrees(zip.body()) : Map.<String, byte[]>of();
        var recues = entrees.values().stream().map(Usagers::empreinte).toList();
        ok &= verifier(recues.contains(empreinte(identite)) && recues.contains(empreinte(justificatif)),
                "ZIP du dossier " + dossier + " téléchargé par l'agent sur B (HTTP " + zip.statusCode() + ", "
                        + entrees.size() + " fichiers : " + String.join(", ", entrees.keySet().stream().sorted().toList())
                        + ") : les deux pièces sont les octets envoyés à A (SHA-256 " + empreinte(identite) + "…, "
                        + empreinte(justificatif) + "…)");
        return ok;
    }

    static boolean verifier(boolean condition, String quoi) {
        System.out.println((condition ? "OK     " : "ECHEC  ") + quoi);
        return condition;
    }

    static Map<String, byte[]> entrees(byte[] zip) throws IOException {
        var resultat = new HashMap<String, byte[]>();
        try (var flux = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = flux.getNextEntry(); e != null; e = flux.getNextEntry()) {
                resultat.put(e.getName(), flux.readAllBytes());
            }
        }
        return resultat;
    }

    // ---- depots: submissions under load through the load balancer

    static void depots(String url, int utilisateurs, int demandes, Path sortie, long limite, String prefixe, Path arret)
            throws Exception {
        try (var csv = new PrintWriter(Files.newBufferedWriter(sortie), true)) {
            List<Thread> fils = new ArrayList<>();
            for (int u = 1; u <= utilisateurs; u++) {
                int numero = u;
                fils.add(Thread.ofPlatform().name("usager-" + u).start(() -> {
                    var journal = new Journal(csv, numero);
                    try {
                        jouer(url, prefixe, numero, demandes, limite, arret, journal);
                    } catch (Exception e) {
                        journal.noter(0, "abandon", -1, 0, e.toString());
                    }
                }));
            }
            for (Thread t : fils) {
                t.join();
            }
        }
    }

    static void jouer(String url, String prefixe, int u, int demandes, long limite, Path arret, Journal journal)
            throws Exception {
        var navigateur = new Navigateur(journal);
        String identifiant = prefixe + "-" + u + "@deux.exemple.fr";
        for (int essai = 1; !navigateur.connecter(url, "/connexion", identifiant, MOT_DE_PASSE); essai++) {
            if (essai >= ESSAIS || System.currentTimeMillis() > limite) {
                throw new IOException("connexion impossible");
            }
            Thread.sleep(1000);
        }
        for (int i = 1; i <= demandes && System.currentTimeMillis() < limite && !Files.exists(arret); i++) {
            journal.rang = i;
            String marque = prefixe + "-" + u + "-" + i;
            var depot = new Depot(navigateur, url, marque);
            String numero = null;
            if (depot.jusquAuxPieces() && depot.pieces(piece(marque + "-identite"), piece(marque + "-justificatif"))) {
                numero = depot.envoyer();
            }
            if (numero != null) {
                journal.noter(i, "confirme", 200, 0, numero.substring(numero.lastIndexOf('/') + 1) + " " + marque);
            } else {
                journal.noter(i, "non-confirme", -1, 0, marque);
            }
        }
    }

    /** One ILE request walked step by step; each step tried again (same data, same key) after a failure. */
    static final class Depot {

        private final Navigateur n;
        private final String url;
        private final String marque;
        private String cle;

        Depot(Navigateur n, String url, String marque) {
            this.n = n;
            this.url = url;
            this.marque = marque;
        }

        boolean jusquAuxPieces() throws Exception {
            return etape("situation", "/demarches/ile/identite", "nationalite", "FRANCAISE")
                    && etape("identite", "/demarches/ile/adresse", "sexe", "F", "nomNaissance", marque, "prenoms",
                            "Camille", "dateNaissance", "14/07/1990", "lieuNaissance", "FRANCE",
                            "codePostalNaissance", "92000", "naissanceCommuneInsee", NANTERRE)
                    && etape("adresse", "/demarches/ile/commune", "adresse", "7 rue des Tilleuls", "codePostal", "92000",
                            "communeInsee", NANTERRE, "attache", "DOMICILE")
                    && etape("commune", "/demarches/ile/pieces", "codePostalInscription", "92000", "communeInscription",
                            NANTERRE);
        }

        private boolean etape(String nom, String suivante, String... champs) throws Exception {
            for (int essai = 1; essai <= ESSAIS; essai++) {
                String jeton = n.jeton(url + "/demarches/ile/" + nom, nom + "-page");
                if (jeton != null) {
                    var r = n.poster(url + "/demarches/ile/" + nom, nom, formulaire(jeton, champs));
                    if (r != null && r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith(suivante)) {
                        return true;
                    }
                }
                Thread.sleep(500);
            }
            return false;
        }

        /** The pieces step: both files uploaded with the form (each its own content, so its own stored object). */
        boolean pieces(byte[] identite, byte[] justificatif) throws Exception {
            for (int essai = 1; essai <= ESSAIS; essai++) {
                String jeton = n.jeton(url + "/demarches/ile/pieces", "pieces-page");
                if (jeton != null) {
                    String frontiere = "----deux" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
                    var corps = new ByteArrayOutputStream();
                    champ(corps, frontiere, "_csrf", jeton);
                    fichier(corps, frontiere, "fichierIdentite", marque + "-identite.pdf", identite);
                    fichier(corps, frontiere, "fichierAttache", marque + "-justificatif.pdf", justificatif);
                    corps.write(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
                    var r = n.envoyer(HttpRequest.newBuilder(URI.create(url + "/demarches/ile/pieces"))
                            .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())), "pieces", marque);
                    if (r != null && r.statusCode() == 302
                            && r.headers().firstValue("Location").orElse("").endsWith("/demarches/ile/recapitulatif")) {
                        return true;
                    }
                }
                Thread.sleep(500);
            }
            return false;
        }

        /** The review page gives the key once; the submission is posted again with the same key after a failure. */
        String envoyer() throws Exception {
            for (int essai = 1; essai <= ESSAIS && cle == null; essai++) {
                var page = n.get(url + "/demarches/ile/recapitulatif", "recapitulatif");
                if (page != null && page.statusCode() == 200) {
                    var m = CLE.matcher(page.body());
                    var j = CSRF.matcher(page.body());
                    if (m.find() && j.find()) {
                        cle = m.group(1);
                        jetonEnvoi = j.group(1);
                    }
                }
                if (cle == null) {
                    Thread.sleep(500);
                }
            }
            if (cle == null) {
                return null;
            }
            for (int essai = 1; essai <= ESSAIS; essai++) {
                var r = n.poster(url + "/demarches/ile/envoi", "envoi",
                        formulaire(jetonEnvoi, "cleIdempotence", cle, "engagement", "true"));
                String lieu = r == null ? "" : r.headers().firstValue("Location").orElse("");
                if (r != null && r.statusCode() == 302 && lieu.contains("/demarches/confirmation/A-")) {
                    return lieu;
                }
                Thread.sleep(500);
            }
            return null;
        }

        private String jetonEnvoi;
    }

    // ---- HTTP

    /** A browser: one session cookie, no redirects followed, every request logged when a journal is given. */
    static final class Navigateur {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final Journal journal;
        private String session;

        Navigateur() {
            this(null);
        }

        Navigateur(Journal journal) {
            this.journal = journal;
        }

        boolean connecter(String url, String page, String identifiant, String motDePasse) throws Exception {
            String jeton = jeton(url + page, "connexion-page");
            if (jeton == null) {
                return false;
            }
            var r = poster(url + page, "connexion", formulaire(jeton, "identifiant", identifiant, "motDePasse", motDePasse));
            return r != null && r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("erreur");
        }

        String jeton(String adresse, String quoi) throws Exception {
            var page = get(adresse, quoi);
            if (page == null || page.statusCode() != 200) {
                return null;
            }
            var m = CSRF.matcher(page.body());
            return m.find() ? m.group(1) : null;
        }

        HttpResponse<String> get(String adresse) throws Exception {
            return get(adresse, "page");
        }

        HttpResponse<String> get(String adresse, String quoi) throws Exception {
            return envoyer(HttpRequest.newBuilder(URI.create(adresse)).header("Accept", "text/html").GET(), quoi, "");
        }

        HttpResponse<byte[]> octets(String adresse) throws Exception {
            var requete = HttpRequest.newBuilder(URI.create(adresse)).timeout(Duration.ofSeconds(60)).GET();
            if (session != null) {
                requete.header("Cookie", "SESSION=" + session);
            }
            return http.send(requete.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> poster(String adresse, String quoi, String corps) throws Exception {
            return envoyer(HttpRequest.newBuilder(URI.create(adresse))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(corps)), quoi, "");
        }

        /** Sends; null (and logged as -1) when the request failed on the way, which the caller tries again. */
        HttpResponse<String> envoyer(HttpRequest.Builder requete, String quoi, String detail) throws Exception {
            requete.timeout(Duration.ofSeconds(90));
            if (session != null) {
                requete.header("Cookie", "SESSION=" + session);
            }
            long debut = System.nanoTime();
            try {
                var r = http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
                r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                        .findFirst().ifPresent(c -> session = c.substring(8, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
                if (journal != null) {
                    journal.noter(journal.rang, quoi, r.statusCode(), debut,
                            r.headers().firstValue("X-Request-Id").orElse("") + " " + detail);
                }
                return r;
            } catch (ConnectException e) {
                if (journal != null) {
                    journal.noter(journal.rang, quoi, -1, debut, "connexion refusée " + detail);
                }
                return null;
            } catch (IOException e) {
                if (journal != null) {
                    journal.noter(journal.rang, quoi, -1, debut, e.getClass().getSimpleName() + " " + detail);
                }
                return null;
            }
        }
    }

    static final class Journal {

        private final PrintWriter csv;
        private final int u;
        volatile int rang;

        Journal(PrintWriter csv, int u) {
            this.csv = csv;
            this.u = u;
        }

        void noter(int i, String quoi, int statut, long debut, String detail) {
            long ms = debut == 0 ? 0 : (System.nanoTime() - debut) / 1_000_000;
            synchronized (csv) {
                csv.println(System.currentTimeMillis() + ";" + u + ";" + i + ";" + quoi + ";" + statut + ";" + ms + ";"
                        + detail.strip());
            }
        }
    }

    static String formulaire(String jeton, String... champs) {
        var corps = new StringBuilder("_csrf=").append(URLEncoder.encode(jeton, StandardCharsets.UTF_8));
        for (int i = 0; i < champs.length; i += 2) {
            corps.append('&').append(champs[i]).append('=').append(URLEncoder.encode(champs[i + 1], StandardCharsets.UTF_8));
        }
        return corps.toString();
    }

    static void champ(ByteArrayOutputStream corps, String frontiere, String nom, String valeur) throws IOException {
        corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + nom + "\"\r\n\r\n" + valeur
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static void fichier(ByteArrayOutputStream corps, String frontiere, String nom, String fichier, byte[] octets)
            throws IOException {
        corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + nom + "\"; filename=\"" + fichier
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.write(octets);
        corps.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A one-page PDF of about 40 KB whose content stream holds random hex after the mark: its own bytes, so its own
     * stored object. The application opens every upload with PDFBox and refuses a PDF without a page.
     */
    static byte[] piece(String marque) {
        byte[] alea = new byte[20 * 1024];
        ThreadLocalRandom.current().nextBytes(alea);
        String flux = "% " + marque + " " + HexFormat.of().formatHex(alea) + "\n";
        String[] objets = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                "<< /Length " + flux.length() + " >>\nstream\n" + flux + "endstream"};
        var pdf = new StringBuilder("%PDF-1.7\n");
        var positions = new int[objets.length];
        for (int i = 0; i < objets.length; i++) {
            positions[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objets[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objets.length + 1).append("\n0000000000 65535 f \n");
        for (int position : positions) {
            pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", position));
        }
        pdf.append("trailer\n<< /Size ").append(objets.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String empreinte(byte[] octets) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets)).substring(0, 12);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
