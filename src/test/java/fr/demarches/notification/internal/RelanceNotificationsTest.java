package fr.demarches.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retry job sends again the mails that failed, not those merely still queued or being sent by an instance under
 * load (that would send them twice when it is busiest). Test delay: retry after 1 h (application-test.yml).
 * A mail sent again keeps its Message-ID: after a crash between the SMTP server's acceptance and the publication's
 * completion the mail leaves twice, and mail clients drop the copy (simulated by putting a finished publication back,
 * failed, as the staleness monitor finds a crashed one: DonneesDeTest.commeApresUnArret).
 */
@TestIntegration
class RelanceNotificationsTest {

    static final String ECHEC = "echec.smtp@exemple.fr";
    static final String EN_COURS = "en.cours@exemple.fr";
    static final String NOUVEAU = "nouvel.usager@exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    RelanceNotifications relance;

    @Autowired
    EventPublicationRegistry registre;

    @Autowired
    StalenessProperties anciennete;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void aFailedMailIsSentAgainButNotOneStillInProgress() throws Exception {
        deuxEchecsPendantUnePanne();
        // Both older than the retry delay; the second one is still in the hands of its instance (a publication stays
        // "published" while its listener runs: PublicationEnCours).
        donnees.jdbc().sql("UPDATE event_publication SET publication_date = now() - interval '2 hours'").update();
        donnees.jdbc().sql("UPDATE event_publication SET status = 'PUBLISHED' WHERE serialized_event LIKE ?")
                .param("%" + EN_COURS + "%").update();

        relance.relancer();

        assertThat(Courriels.destinataire(Courriels.pour(courriels, ECHEC, 1))).isEqualTo(ECHEC);
        assertThat(courriels.waitForIncomingEmail(1_000, 2)).isFalse();
        assertThat(donnees.jdbc().sql("SELECT status FROM event_publication WHERE completion_date IS NULL")
                .query(String.class).list()).containsExactly("PUBLISHED");
    }

    /**
     * Two hours into an SMTP outage, both mails sent again: one a minute ago, its retry still waiting in the queue;
     * the other twenty minutes ago, never finished (its instance stopped). Modulith's monitor, counting from the
     * publication date, used to fail both, and the retry job then sent the first a second time.
     */
    @Test
    void aMailSentAgainIsNotSentOnceMoreWhileItsRetryWaitsHoweverOldItsPublication() throws Exception {
        deuxEchecsPendantUnePanne();
        donnees.jdbc().sql("""
                UPDATE event_publication SET status = 'RESUBMITTED', publication_date = now() - interval '2 hours',
                       last_resubmission_date = now() - interval '1 minute'""").update();
        donnees.jdbc().sql("UPDATE event_publication SET last_resubmission_date = now() - interval '20 minutes' "
                + "WHERE serialized_event LIKE ?").param("%" + ECHEC + "%").update();

        registre.markStalePublicationsFailed(anciennete); // as the monitor does every minute
        relance.relancer();

        assertThat(Courriels.destinataire(Courriels.pour(courriels, ECHEC, 1))).isEqualTo(ECHEC);
        assertThat(courriels.waitForIncomingEmail(1_000, 2)).isFalse();
        assertThat(donnees.jdbc().sql("SELECT status FROM event_publication WHERE completion_date IS NULL")
                .query(String.class).list()).containsExactly("RESUBMITTED");
    }

    @Test
    void aPublicationSentAgainKeepsItsMessageIdAndAnotherPublicationHasItsOwn() throws Exception {
        donnees.acteurs();
        inscrire(DonneesDeTest.USAGER); // already registered: "votre adresse a déjà un compte", no link in it
        var premier = Courriels.pour(courriels, DonneesDeTest.USAGER, 1);
        donnees.attendreLesEcouteurs();

        donnees.commeApresUnArret("courriel-adresse-deja-inscrite");
        relance.relancer();

        var deux = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 2);
        assertThat(deux).hasSize(2);
        assertThat(deux.get(1).getMessageID()).isEqualTo(premier.getMessageID()).endsWith("@demarches.example.fr>");

        donnees.attendreLesEcouteurs();
        inscrire(DonneesDeTest.USAGER);
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3).get(2).getMessageID())
                .isNotEqualTo(premier.getMessageID());
    }

    @Test
    void aMailWhoseLinkIsMintedAgainIsANewMessage() throws Exception {
        inscrire(NOUVEAU);
        var premier = Courriels.pour(courriels, NOUVEAU, 1);
        donnees.attendreLesEcouteurs();

        donnees.commeApresUnArret("courriel-confirmation-adresse");
        relance.relancer();

        var second = Courriels.tousPour(courriels, NOUVEAU, 2).get(1);
        assertThat(Courriels.lien(second)).isNotEqualTo(Courriels.lien(premier));
        assertThat(second.getMessageID()).isNotEqualTo(premier.getMessageID());
    }

    /** The SMTP server down while two people sign up: both mails fail. */
    private void deuxEchecsPendantUnePanne() throws Exception {
        courriels.stop();
        try {
            inscrire(ECHEC);
            inscrire(EN_COURS);
            for (int i = 0; i < 100 && echecs() < 2; i++) {
                Thread.sleep(100);
            }
            assertThat(echecs()).isEqualTo(2);
        } finally {
            courriels.start();
        }
    }

    private void inscrire(String courriel) throws Exception {
        new Visiteur(mvc).post("/inscription", "courriel", courriel, "motDePasse", "Un-mot-de-passe-solide",
                "confirmation", "Un-mot-de-passe-solide", "conditions", "true");
    }

    private long echecs() {
        return donnees.jdbc().sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'")
                .query(Long.class).single();
    }
}
