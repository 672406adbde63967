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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retry job sends again the mails that failed, not those merely still queued or being sent by an instance under
 * load (that would send them twice when it is busiest). Test delay: retry after 1 h (application-test.yml).
 */
@TestIntegration
class RelanceNotificationsTest {

    static final String ECHEC = "echec.smtp@exemple.fr";
    static final String EN_COURS = "en.cours@exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    RelanceNotifications relance;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void aFailedMailIsSentAgainButNotOneStillInProgress() throws Exception {
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
        // Both older than the retry delay; the second one is still in the hands of its instance.
        donnees.jdbc().sql("UPDATE event_publication SET publication_date = now() - interval '2 hours'").update();
        donnees.jdbc().sql("UPDATE event_publication SET status = 'PROCESSING' WHERE serialized_event LIKE ?")
                .param("%" + EN_COURS + "%").update();

        relance.relancer();

        assertThat(Courriels.destinataire(Courriels.pour(courriels, ECHEC, 1))).isEqualTo(ECHEC);
        assertThat(courriels.waitForIncomingEmail(1_000, 2)).isFalse();
        assertThat(donnees.jdbc().sql("SELECT status FROM event_publication WHERE completion_date IS NULL")
                .query(String.class).list()).containsExactly("PROCESSING");
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
