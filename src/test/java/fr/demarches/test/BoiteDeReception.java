package fr.demarches.test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what GreenMail received. Listeners send after commit, asynchronously, and their own transaction (which
 * may have written a token the mail links to) commits after the mail is sent: reading waits for both.
 */
public class BoiteDeReception {

    private static final Pattern LIEN = Pattern.compile("https?://\\S+");

    private final GreenMail serveur;
    private final JdbcClient jdbc;

    public BoiteDeReception(GreenMail serveur, JdbcClient jdbc) {
        this.serveur = serveur;
        this.jdbc = jdbc;
    }

    /** Waits until {@code nombre} mails in all have arrived and the listeners are done, then returns the mails. */
    public List<MimeMessage> attendre(int nombre) {
        if (!serveur.waitForIncomingEmail(10_000, nombre)) {
            throw new AssertionError("Courriels attendus : " + nombre + ", reçus : " + serveur.getReceivedMessages().length);
        }
        long fin = System.currentTimeMillis() + 10_000;
        while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single() > 0) {
            if (System.currentTimeMillis() > fin) {
                throw new AssertionError("Des écouteurs d'événements n'ont pas terminé");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Arrays.asList(serveur.getReceivedMessages());
    }

    /** The plain-text body of the last mail received by this address (after waiting for {@code total} mails). */
    public Recu pour(String destinataire, int total) {
        var messages = attendre(total);
        for (int i = messages.size() - 1; i >= 0; i--) {
            var message = messages.get(i);
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(destinataire))) {
                    return new Recu(message.getSubject(), Courriels.texte(message));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Aucun courriel pour " + destinataire);
    }

    public record Recu(String sujet, String texte) {

        /** The first link in the text, relative to the server (what MockMvc requests). */
        public String lien() {
            var m = LIEN.matcher(texte);
            if (!m.find()) {
                throw new AssertionError("Pas de lien dans : " + texte);
            }
            return m.group().replaceFirst("^https?://[^/]+", "");
        }
    }
}
