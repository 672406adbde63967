package fr.demarches.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a mail from {@code templates/mail/<modele>.html} (HTML) and {@code .txt} (plain text) and sends it.
 * A failure throws, so that the event listener calling it leaves its publication incomplete for a retry.
 * <p>
 * Sending is "at least once": after a crash between the SMTP server's acceptance and the publication's completion,
 * the publication runs again and the mail leaves again. Such a mail keeps its {@code Message-ID}, made from the
 * publication's identifier, the mail's rank in it and a digest of its text, so that mail clients drop the second
 * copy. A mail whose text changed (a link or a code minted again, superseding the first) is a new message.
 */
@Component
public class EnvoiCourriel {

    /**
     * Jakarta Mail looks its stream provider up again for every message part, by a ServiceLoader scan of the whole
     * class path, unless this system property names it: the scan was a quarter of the application's CPU while
     * citizens submitted requests (bench/, docs/performance.md). Angus Mail's provider, the one the scan finds.
     */
    static final String FOURNISSEUR_FLUX = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(FOURNISSEUR_FLUX) == null) {
            System.setProperty(FOURNISSEUR_FLUX, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender smtp;
    private final TemplateEngine gabarits;
    private final String expediteur;
    private final String urlPublique;

    EnvoiCourriel(JavaMailSender smtp, TemplateEngine gabarits, ProprietesNotifications proprietes) {
        this.smtp = smtp;
        this.gabarits = gabarits;
        this.expediteur = proprietes.expediteur();
        this.urlPublique = proprietes.urlPublique();
    }

    /** A mail to render from {@code templates/mail/<modele>} with these variables. */
    record Courriel(String destinataire, String sujet, String modele, Map<String, Object> variables) {
    }

    public void envoyer(String destinataire, String sujet, String modele, Map<String, Object> variables) {
        envoyer(List.of(new Courriel(destinataire, sujet, modele, variables)));
    }

    /**
     * The mails of one event over one SMTP connection: opening it (connect, greeting, EHLO) was a quarter of the
     * sending's CPU (docs/performance.md). Spring's sender tries each, even after one failed, then reports those that
     * failed: the publication stays incomplete and its retry sends them all again, with their Message-IDs. Nothing
     * when the list is empty.
     */
    void envoyer(List<Courriel> courriels) {
        smtp.send(courriels.stream().map(this::composer).toArray(MimeMessage[]::new));
    }

    private MimeMessage composer(Courriel courriel) {
        var contexte = new Context(Locale.FRANCE, courriel.variables());
        contexte.setVariable("sujet", courriel.sujet());
        contexte.setVariable("urlPublique", urlPublique);
        String html = gabarits.process("mail/" + courriel.modele() + ".html", contexte);
        String texte = gabarits.process("mail/" + courriel.modele() + ".txt", contexte);
        try {
            var message = smtp.createMimeMessage();
            var aide = new MimeMessageHelper(message, true, "UTF-8");
            aide.setFrom(expediteur);
            aide.setTo(courriel.destinataire());
            aide.setSubject(courriel.sujet());
            aide.setText(texte, html);
            var expediteur = (InternetAddress) message.getFrom()[0];
            PublicationEnCours.prochainMessage().ifPresent(rang -> identifier(message, rang, texte, expediteur));
            return message;
        } catch (MessagingException e) {
            throw new MailSendException("Message impossible à composer pour " + courriel.modele(), e);
        }
    }

    /** Kept by Spring's sender, which otherwise lets JavaMail draw a new one at each attempt. */
    private static void identifier(MimeMessage message, String rang, String texte, InternetAddress expediteur) {
        String adresse = expediteur.getAddress();
        String domaine = adresse.substring(adresse.indexOf('@') + 1);
        try {
            byte[] empreinte = MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8));
            message.setHeader("Message-ID", "<" + rang + "." + HexFormat.of().formatHex(empreinte, 0, 8) + "@" + domaine + ">");
        } catch (MessagingException | NoSuchAlgorithmException e) {
            throw new MailSendException("Message-ID impossible à poser", e);
        }
    }
}
