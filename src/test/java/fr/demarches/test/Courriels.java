package fr.demarches.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads the mails GreenMail received: waits for them (listeners send after commit, asynchronously), decodes them. */
public final class Courriels {

    private static final Pattern LIEN = Pattern.compile("https?://[^/\\s]+(/[\\w/-]+\\?jeton=[A-Za-z0-9_-]+)");
    /** The subject of the second-step mails, /gs and /police alike. */
    private static final String SUJET_CODE = "Votre code de vérification pour le ";
    private static final Pattern CODE = Pattern.compile("^(\\d{6})\\s*$", Pattern.MULTILINE);

    private Courriels() {
    }

    /** Waits until {@code nombre} mails in all have arrived, and returns them. */
    public static List<MimeMessage> attendre(GreenMail serveur, int nombre) {
        assertThat(serveur.waitForIncomingEmail(10_000, nombre)).as(nombre + " courriel(s) attendu(s)").isTrue();
        return Arrays.asList(serveur.getReceivedMessages());
    }

    /** The one mail received by this address, once it has arrived. */
    public static MimeMessage pour(GreenMail serveur, String adresse, int nombreTotal) {
        return attendre(serveur, nombreTotal).stream().filter(m -> destinataire(m).equals(adresse)).findFirst()
                .orElseThrow(() -> new AssertionError("Aucun courriel pour " + adresse));
    }

    /** Every mail received by this address, once {@code nombreTotal} mails in all have arrived. */
    public static List<MimeMessage> tousPour(GreenMail serveur, String adresse, int nombreTotal) {
        return attendre(serveur, nombreTotal).stream().filter(m -> destinataire(m).equals(adresse)).toList();
    }

    public static String destinataire(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, decoded. */
    public static String texte(MimeMessage message) {
        try {
            return texte((Part) message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path and query of the link the mail carries (e.g. "/confirmation/courriel?jeton=…"). */
    public static String lien(MimeMessage message) {
        var m = LIEN.matcher(texte(message));
        assertThat(m.find()).as("lien dans le courriel").isTrue();
        return m.group(1);
    }

    /**
     * The code of the second login step mailed to this address, once it has arrived. The mail is then deleted, so
     * that the tests counting the other mails never see it, and a later call waits for the next code.
     */
    public static String codeDeVerification(GreenMail serveur, String adresse) {
        long fin = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < fin) {
            var codes = codesRecus(serveur, adresse);
            if (!codes.isEmpty()) {
                var m = CODE.matcher(texte(codes.getLast().getMimeMessage()));
                assertThat(m.find()).as("code à 6 chiffres dans le courriel").isTrue();
                codes.forEach(c -> c.setFlag(Flags.Flag.DELETED, true));
                try {
                    serveur.getManagers().getImapHostManager()
                            .getInbox(serveur.getUserManager().getUserByEmail(adresse)).expunge();
                } catch (FolderException e) {
                    throw new IllegalStateException(e);
                }
                return m.group(1);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Aucun code de vérification pour " + adresse);
    }

    private static List<StoredMessage> codesRecus(GreenMail serveur, String adresse) {
        // GreenMail creates the mailbox with the first mail for the address. getNonDeletedMessages copies the list under
        // the folder's lock: getMessages hands out the live list, which a mail arriving meanwhile modified mid-stream.
        var utilisateur = serveur.getUserManager().getUserByEmail(adresse);
        if (utilisateur == null) {
            return List.of();
        }
        try {
            return serveur.getManagers().getImapHostManager().getInbox(utilisateur).getNonDeletedMessages().stream()
                    .filter(m -> sujet(m.getMimeMessage()).startsWith(SUJET_CODE)).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String texte(Part partie) throws Exception {
        if (partie.isMimeType("text/plain")) {
            return (String) partie.getContent();
        }
        if (partie.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String texte = texte(multipart.getBodyPart(i));
                if (texte != null) {
                    return texte;
                }
            }
        }
        return null;
    }
}
