package fr.demarches.notification.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a mail from {@code templates/mail/<modele>.html} (HTML) and {@code .txt} (plain text) and sends it.
 * A failure throws, so that the event listener calling it leaves its publication incomplete for a retry.
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

    public void envoyer(String destinataire, String sujet, String modele, Map<String, Object> variables) {
        var contexte = new Context(Locale.FRANCE, variables);
        contexte.setVariable("sujet", sujet);
        contexte.setVariable("urlPublique", urlPublique);
        String html = gabarits.process("mail/" + modele + ".html", contexte);
        String texte = gabarits.process("mail/" + modele + ".txt", contexte);
        try {
            var message = smtp.createMimeMessage();
            var aide = new MimeMessageHelper(message, true, "UTF-8");
            aide.setFrom(expediteur);
            aide.setTo(destinataire);
            aide.setSubject(sujet);
            aide.setText(texte, html);
            smtp.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("Message impossible à composer pour " + modele, e);
        }
    }
}
