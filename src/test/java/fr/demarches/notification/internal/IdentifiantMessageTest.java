package fr.demarches.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After a crash between the SMTP server's acceptance and the publication's completion, the publication runs again
 * and the mail leaves again: with the same Message-ID, so that mail clients drop the copy. Simulated here by putting
 * a completed publication back to failed (as the staleness monitor finds a crashed one) and running the retry job.
 */
@TestIntegration
class IdentifiantMessageTest {

    static final String NOUVEAU = "nouvel.usager@exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    RelanceNotifications relance;

    @BeforeEach
    void preparer() {
        donnees.acteurs();
    }

    @Test
    void aPublicationSentAgainKeepsItsMessageIdAndAnotherPublicationHasItsOwn() throws Exception {
        inscrire(DonneesDeTest.USAGER); // already registered: "votre adresse a déjà un compte", no link in it
        var premier = Courriels.pour(courriels, DonneesDeTest.USAGER, 1);
        donnees.attendreLesEcouteurs();

        commeApresUnArret("courriel-adresse-deja-inscrite");
        relance.relancer();

        var deux = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 2);
        assertThat(deux).hasSize(2);
        assertThat(identifiant(deux.get(1))).isEqualTo(identifiant(premier)).endsWith("@demarches.example.fr>");

        donnees.attendreLesEcouteurs();
        inscrire(DonneesDeTest.USAGER);
        var trois = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3);
        assertThat(identifiant(trois.get(2))).isNotEqualTo(identifiant(premier));
    }

    @Test
    void aMailWhoseLinkIsMintedAgainIsANewMessage() throws Exception {
        inscrire(NOUVEAU);
        var premier = Courriels.pour(courriels, NOUVEAU, 1);
        donnees.attendreLesEcouteurs();

        commeApresUnArret("courriel-confirmation-adresse");
        relance.relancer();

        var second = Courriels.tousPour(courriels, NOUVEAU, 2).get(1);
        assertThat(Courriels.lien(second)).isNotEqualTo(Courriels.lien(premier));
        assertThat(identifiant(second)).isNotEqualTo(identifiant(premier));
    }

    /** The mail went out but the instance stopped before recording it: the publication is found failed, old enough. */
    private void commeApresUnArret(String ecouteur) {
        assertThat(donnees.jdbc().sql("""
                UPDATE event_publication SET completion_date = NULL, status = 'FAILED',
                       publication_date = now() - interval '2 hours'
                WHERE listener_id = ? AND completion_date IS NOT NULL""").param(ecouteur).update()).isEqualTo(1);
    }

    private void inscrire(String courriel) throws Exception {
        new Visiteur(mvc).post("/inscription", "courriel", courriel, "motDePasse", "Un-mot-de-passe-solide",
                "confirmation", "Un-mot-de-passe-solide", "conditions", "true");
    }

    private static String identifiant(MimeMessage message) throws Exception {
        return message.getMessageID();
    }
}
