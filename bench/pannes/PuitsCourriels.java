import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The SMTP server of the fault scenarios: accepts every mail on loopback, keeps none, and appends one line per mail
 * to a file (time;recipient;Message-ID), so that the script counts lost and duplicated mails. Stopping it (kill) is
 * the SMTP outage. Usage: java PuitsCourriels.java PORT FILE
 */
public final class PuitsCourriels {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        var registre = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true);
        try (var serveur = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
            System.out.println("Puits SMTP sur 127.0.0.1:" + port);
            while (true) {
                Socket client = serveur.accept();
                Thread.ofVirtual().start(() -> dialoguer(client, registre));
            }
        }
    }

    private static void dialoguer(Socket client, PrintWriter registre) {
        try (client; var entree = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream sortie = client.getOutputStream()) {
            repondre(sortie, "220 puits ESMTP");
            String destinataire = null;
            String identifiant = null;
            boolean donnees = false;
            boolean entetes = false;
            String ligne;
            while ((ligne = entree.readLine()) != null) {
                if (donnees) {
                    if (ligne.equals(".")) {
                        donnees = false;
                        synchronized (registre) {
                            registre.println(System.currentTimeMillis() + ";" + destinataire + ";" + identifiant);
                        }
                        repondre(sortie, "250 OK");
                    } else if (entetes && ligne.isEmpty()) {
                        entetes = false;
                    } else if (entetes && ligne.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                        identifiant = ligne.substring(11).strip();
                    }
                    continue;
                }
                String commande = ligne.toUpperCase();
                if (commande.startsWith("EHLO") || commande.startsWith("HELO")) {
                    repondre(sortie, "250 puits");
                } else if (commande.startsWith("RCPT TO:")) {
                    destinataire = ligne.substring(8).replaceAll("[<>\\s]", "");
                    repondre(sortie, "250 OK");
                } else if (commande.startsWith("DATA")) {
                    donnees = true;
                    entetes = true;
                    identifiant = null;
                    repondre(sortie, "354 suite");
                } else if (commande.startsWith("QUIT")) {
                    repondre(sortie, "221 au revoir");
                    return;
                } else {
                    repondre(sortie, "250 OK");
                }
            }
        } catch (IOException e) {
            // client gone
        }
    }

    private static void repondre(OutputStream sortie, String ligne) throws IOException {
        sortie.write((ligne + "\r\n").getBytes(StandardCharsets.UTF_8));
        sortie.flush();
    }
}
