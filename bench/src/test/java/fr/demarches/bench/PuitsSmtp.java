package fr.demarches.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every mail and keeps none: the application sends its real mails (acknowledgements,
 * notices) during the benchmark without a mailbox growing in memory. Loopback only. Usage: PuitsSmtp PORT.
 */
public final class PuitsSmtp {

    private static final AtomicLong RECUS = new AtomicLong();

    private PuitsSmtp() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        try (var serveur = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            System.out.println("Puits SMTP sur 127.0.0.1:" + port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("Courriels reçus : " + RECUS.get())));
            while (true) {
                Socket client = serveur.accept();
                Thread.ofVirtual().start(() -> dialoguer(client));
            }
        }
    }

    private static void dialoguer(Socket client) {
        try (client; var entree = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream sortie = client.getOutputStream()) {
            repondre(sortie, "220 puits ESMTP");
            boolean donnees = false;
            for (String ligne; (ligne = entree.readLine()) != null; ) {
                if (donnees) {
                    if (ligne.equals(".")) {
                        donnees = false;
                        RECUS.incrementAndGet();
                        repondre(sortie, "250 OK");
                    }
                    continue;
                }
                String commande = ligne.length() >= 4 ? ligne.substring(0, 4).toUpperCase() : ligne.toUpperCase();
                switch (commande) {
                    case "EHLO", "HELO" -> repondre(sortie, "250 puits");
                    case "DATA" -> {
                        donnees = true;
                        repondre(sortie, "354 fin par <CRLF>.<CRLF>");
                    }
                    case "QUIT" -> {
                        repondre(sortie, "221 au revoir");
                        return;
                    }
                    default -> repondre(sortie, "250 OK");
                }
            }
        } catch (IOException fermee) {
            // The client went away: nothing to keep.
        }
    }

    private static void repondre(OutputStream sortie, String ligne) throws IOException {
        sortie.write((ligne + "\r\n").getBytes(StandardCharsets.US_ASCII));
        sortie.flush();
    }
}
