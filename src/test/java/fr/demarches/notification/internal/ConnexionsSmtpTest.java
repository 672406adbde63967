package fr.demarches.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.Procedure;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.EtatProcurationChange;
import fr.demarches.teledossier.TeledossierDepose;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mails of one event leave over one SMTP connection (docs/performance.md: opening one was a quarter of the
 * sending's CPU). Read from Jakarta Mail's protocol trace: a connection runs from its EHLO to its QUIT.
 */
@TestIntegration
class ConnexionsSmtpTest {

    private static final String BOITE = "connexions.commune@exemple.fr";

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    JavaMailSenderImpl smtp;

    @Autowired
    NotificationsTeledossier teledossiers;

    @Autowired
    NotificationsProcuration procurations;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void theAcknowledgementAndTheCommuneNoticeOfASubmissionShareOneConnection() {
        var depot = new TeledossierDepose("A-1-CONNEXIO", Procedure.ILE, DonneesDeTest.NANTERRE,
                "connexions.usager@exemple.fr", Instant.parse("2026-12-07T10:00:00Z"), false, BOITE);

        var connexions = connexions(() -> teledossiers.depose(depot), 2);

        assertThat(connexions).containsExactly(List.of("connexions.usager@exemple.fr", BOITE));
    }

    @Test
    void theThreeMailsOfAValidationAcceptedAtOnceShareOneConnection() {
        var changement = new EtatProcurationChange("CONNEX", DonneesDeTest.NANTERRE, "connexions.mandant@exemple.fr",
                EtatProcuration.ACCEPTEE_COMMUNE, null, true, BOITE, true);

        var connexions = connexions(() -> procurations.informer(changement), 3);

        assertThat(connexions).containsExactly(List.of("connexions.mandant@exemple.fr", BOITE,
                "connexions.mandant@exemple.fr"));
    }

    /**
     * The recipients of each SMTP connection opened until {@code nombre} mails have arrived, in order. The listener
     * runs on its own thread (asynchronous, as in the application).
     */
    private List<List<String>> connexions(Runnable envoi, int nombre) {
        var session = smtp.getSession();
        var trace = new ByteArrayOutputStream();
        var sortie = session.getDebugOut();
        session.setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        session.setDebug(true);
        try {
            envoi.run();
            Courriels.attendre(courriels, nombre);
        } finally {
            session.setDebug(false);
            session.setDebugOut(sortie);
        }
        var connexions = new ArrayList<List<String>>();
        for (String ligne : trace.toString(StandardCharsets.UTF_8).lines().toList()) {
            if (ligne.startsWith("EHLO ")) {
                connexions.add(new ArrayList<>());
            } else if (ligne.startsWith("RCPT TO:<")) {
                connexions.getLast().add(ligne.substring("RCPT TO:<".length(), ligne.indexOf('>')));
            }
        }
        return connexions;
    }
}
