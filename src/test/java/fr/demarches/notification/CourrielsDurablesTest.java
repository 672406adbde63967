package fr.demarches.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.Metriques;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class CourrielsDurablesTest {

    static final String ADRESSE = "panne.smtp@exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    IncompleteEventPublications incompletes;

    @LocalManagementPort
    int portGestion;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void aMailOwedByACommittedSignUpIsSentOnceTheSmtpServerIsBack() throws Exception {
        courriels.stop();
        try {
            new Visiteur(mvc).post("/inscription", "courriel", ADRESSE, "motDePasse", "Un-mot-de-passe-solide",
                    "confirmation", "Un-mot-de-passe-solide", "conditions", "true");
            attendreEchec();
            assertThat(compte()).isEqualTo(1);
            // The outage shows in the metrics; the instance stays ready (the mail leaves once SMTP is back).
            assertThat(Metriques.lire(portGestion).valeur("demarches_courriels_en_echec")).isEqualTo(1);
            assertThat(Metriques.sonde(portGestion, "/actuator/health/readiness")).isEqualTo(200);
        } finally {
            courriels.start();
        }
        assertThat(courriels.getReceivedMessages()).isEmpty();

        incompletes.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        var recu = Courriels.pour(courriels, ADRESSE, 1);
        assertThat(Courriels.lien(recu)).startsWith("/confirmation/courriel?jeton=");
        assertThat(courriels.waitForIncomingEmail(1_000, 2)).isFalse();
        assertThat(incomplete()).isZero();
        var apres = Metriques.lire(portGestion);
        assertThat(apres.valeur("demarches_courriels_en_echec")).isZero();
        assertThat(apres.valeur("demarches_courriels_en_attente")).isZero();
    }

    @Test
    void aMailOwedToAnAccountDeletedMeanwhileIsDroppedInsteadOfRetriedForever() throws Exception {
        courriels.stop();
        try {
            new Visiteur(mvc).post("/inscription", "courriel", ADRESSE, "motDePasse", "Un-mot-de-passe-solide",
                    "confirmation", "Un-mot-de-passe-solide", "conditions", "true");
            attendreEchec();
        } finally {
            courriels.start();
        }
        donnees.jdbc().sql("DELETE FROM compte WHERE identifiant = ?").param(ADRESSE).update();

        incompletes.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        for (int i = 0; i < 50 && incomplete() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(incomplete()).isZero();
        assertThat(courriels.getReceivedMessages()).isEmpty();
    }

    /** The listener runs after commit, on another thread: wait until its failure is recorded. */
    private void attendreEchec() throws InterruptedException {
        for (int i = 0; i < 100 && echecs() == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(echecs()).as("publication en échec").isEqualTo(1);
        assertThat(incomplete()).isEqualTo(1);
    }

    private long echecs() {
        return donnees.jdbc().sql("SELECT count(*) FROM event_publication WHERE listener_id = 'courriel-confirmation-adresse' "
                + "AND completion_date IS NULL AND status = 'FAILED'").query(Long.class).single();
    }

    private long incomplete() {
        return donnees.jdbc().sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single();
    }

    private long compte() {
        return donnees.jdbc().sql("SELECT count(*) FROM compte WHERE identifiant = ?").param(ADRESSE)
                .query(Long.class).single();
    }
}
