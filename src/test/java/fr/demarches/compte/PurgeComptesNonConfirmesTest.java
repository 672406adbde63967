package fr.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;

import fr.demarches.compte.internal.PurgeComptesNonConfirmes;
import fr.demarches.shared.Fuseau;
import com.icegreen.greenmail.util.GreenMail;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An address nobody proved to own is not kept: unconfirmed sign-ups go a week after their last link. */
@TestIntegration
class PurgeComptesNonConfirmesTest {

    @Autowired
    ComptesUsagers comptesUsagers;

    @Autowired
    PurgeComptesNonConfirmes purgeComptes;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        donnees.horloge().fixer(ZonedDateTime.now(Fuseau.PARIS));
    }

    @Test
    void anUnconfirmedSignUpIsDeletedAWeekAfterItsLastLinkAndConfirmedAccountsStay() {
        // Each link is created when its mail goes: wait for the mail before moving the clock.
        comptesUsagers.inscrire("jamais.confirme@exemple.fr", "Un-mot-de-passe-solide", "192.0.2.1");
        Courriels.attendre(courriels, 1);
        donnees.horloge().avancer(Duration.ofDays(5));
        comptesUsagers.inscrire("relance@exemple.fr", "Un-mot-de-passe-solide", "192.0.2.1");
        Courriels.attendre(courriels, 2);
        donnees.horloge().avancer(Duration.ofDays(1));
        comptesUsagers.renvoyerConfirmation("relance@exemple.fr", "192.0.2.1");
        Courriels.attendre(courriels, 3);
        donnees.horloge().avancer(Duration.ofDays(2));

        assertThat(purgeComptes.purger()).isEqualTo(1);

        assertThat(identifiants()).doesNotContain("jamais.confirme@exemple.fr")
                .contains("relance@exemple.fr", DonneesDeTest.USAGER);
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'COMPTES_NON_CONFIRMES_PURGES'")
                .query(String.class).single()).isEqualTo("1 compte(s) non confirmé(s) depuis plus de 7 jours");

        donnees.horloge().avancer(Duration.ofDays(6));
        assertThat(purgeComptes.purger()).isEqualTo(1);
        assertThat(identifiants()).doesNotContain("relance@exemple.fr").contains(DonneesDeTest.USAGER);
    }

    private java.util.List<String> identifiants() {
        return donnees.jdbc().sql("SELECT identifiant FROM compte WHERE type = 'USAGER'").query(String.class).list();
    }
}
