package fr.demarches.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import fr.demarches.commune.Procedure;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.EtatProcurationChange;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.TeledossierDepose;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
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
    private static final String BOITE_NANTERRE = "elections@mairie-nanterre.exemple.fr";

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

    @Autowired
    Teledossiers depots;

    @Autowired
    RelanceNotifications relance;

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
     * Sent together, the mails of a publication keep their ranks: replayed as after a crash, the submission's two mails
     * leave again with the Message-IDs they had, each its own.
     */
    @Test
    void theMailsOfASubmissionSentAgainKeepTheirOwnMessageIds() throws Exception {
        var acteurs = donnees.acteurs();
        var numero = depots.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID()), "192.0.2.1");
        var accuse = Courriels.pour(courriels, DonneesDeTest.USAGER, 2);
        var avis = Courriels.pour(courriels, BOITE_NANTERRE, 2);
        donnees.attendreLesEcouteurs();

        donnees.commeApresUnArret("teledossier-depose");
        relance.relancer();

        var accuses = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 4);
        var avisRecus = Courriels.tousPour(courriels, BOITE_NANTERRE, 4);
        assertThat(accuse.getSubject()).contains(numero.valeur());
        assertThat(accuse.getMessageID()).isNotEqualTo(avis.getMessageID());
        assertThat(accuses).extracting(MimeMessage::getMessageID).containsOnly(accuse.getMessageID()).hasSize(2);
        assertThat(avisRecus).extracting(MimeMessage::getMessageID).containsOnly(avis.getMessageID()).hasSize(2);
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
