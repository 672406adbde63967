package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.test.CompteurRequetes;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commune's connection is read from memory once read, and read again after any change of the table: one made by
 * this instance, one made by plain SQL (an operator, another instance: the database's notice, V219), and one made
 * while this instance was not listening (its listening connection cut: everything kept is forgotten when it listens
 * again).
 */
@TestIntegration
class AvisDeChangementTest {

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Raccordements raccordements;

    @Autowired
    AvisDeChangement avis;

    @BeforeEach
    void vider() {
        donnees.acteurs();
    }

    @Test
    void aConnectionOnceReadIsServedFromMemory() throws Exception {
        assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE)).isTrue();

        assertThat(CompteurRequetes.releve(() -> assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE))
                .isTrue())).isEmpty();
    }

    @Test
    void aChangeInPlainSqlIsSeenOnceItsNoticeIsHeard() {
        assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE)).isTrue();

        donnees.jdbc().sql("UPDATE raccordement SET ile = false WHERE code_insee = ?").param(DonneesDeTest.NANTERRE)
                .update();
        donnees.attendreLesAvis();

        assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE)).isFalse();
    }

    @Test
    void aChangeOfThisInstanceIsSeenRightAfterItsCommit() {
        assertThat(raccordements.de(DonneesDeTest.NANTERRE)).get().extracting(r -> r.mode())
                .isEqualTo(ModeRaccordement.COURRIEL);

        donnees.jdbc().sql("DELETE FROM raccordement WHERE code_insee = ?").param(DonneesDeTest.NANTERRE).update();
        donnees.attendreLesAvis();
        assertThat(raccordements.de(DonneesDeTest.NANTERRE)).isEmpty();
        raccordements.raccorder(DonneesDeTest.NANTERRE, ModeRaccordement.SFTP, "elections@mairie-nanterre.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusDays(1));

        assertThat(raccordements.de(DonneesDeTest.NANTERRE)).get().extracting(r -> r.mode())
                .isEqualTo(ModeRaccordement.SFTP);
    }

    @Test
    void aChangeMadeWhileNotListeningIsSeenOnceListeningAgain() throws Exception {
        assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE)).isTrue();

        donnees.jdbc().sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")
                .param("demarches-avis-de-changement").query().listOfRows();
        attendre(() -> !avis.ecoute());
        // Its notice goes nowhere: nobody listens.
        donnees.jdbc().sql("UPDATE raccordement SET ile = false WHERE code_insee = ?").param(DonneesDeTest.NANTERRE)
                .update();
        assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE)).isFalse();

        attendre(avis::ecoute);
        assertThat(raccordements.ouvert(DonneesDeTest.NANTERRE, Procedure.ILE)).isFalse();
    }

    private static void attendre(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long fin = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("attente dépassée").isLessThan(fin);
            Thread.sleep(20);
        }
    }
}
