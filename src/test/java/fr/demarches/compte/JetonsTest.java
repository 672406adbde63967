package fr.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class JetonsTest {

    @Autowired
    Jetons jetons;

    @Autowired
    DonneesDeTest donnees;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
    }

    @Test
    void aTokenWorksOnceForItsOwnPurposeAndCarriesItsData() {
        String jeton = jetons.emettre(acteurs.usager(), ObjetJeton.CHANGEMENT_COURRIEL, Duration.ofHours(1), "nouveau@exemple.fr");
        assertThat(jetons.consommer(jeton, ObjetJeton.REINITIALISATION_MOT_DE_PASSE)).isEmpty();
        assertThat(jetons.verifier(jeton, ObjetJeton.CHANGEMENT_COURRIEL)).isPresent();

        var valide = jetons.consommer(jeton, ObjetJeton.CHANGEMENT_COURRIEL).orElseThrow();
        assertThat(valide.compteId()).isEqualTo(acteurs.usager());
        assertThat(valide.donnee()).isEqualTo("nouveau@exemple.fr");
        assertThat(jetons.consommer(jeton, ObjetJeton.CHANGEMENT_COURRIEL)).isEmpty();
    }

    @Test
    void aTokenExpires() {
        String jeton = jetons.emettre(acteurs.usager(), ObjetJeton.REINITIALISATION_MOT_DE_PASSE, Duration.ofMinutes(30), null);
        donnees.horloge().avancer(Duration.ofMinutes(31));
        assertThat(jetons.verifier(jeton, ObjetJeton.REINITIALISATION_MOT_DE_PASSE)).isEmpty();
        assertThat(jetons.consommer(jeton, ObjetJeton.REINITIALISATION_MOT_DE_PASSE)).isEmpty();
    }

    @Test
    void aNewTokenSupersedesTheOlderOnes() {
        String ancien = jetons.emettre(acteurs.agent(), ObjetJeton.DEFINITION_MOT_DE_PASSE, Duration.ofDays(3), null);
        String nouveau = jetons.emettre(acteurs.agent(), ObjetJeton.DEFINITION_MOT_DE_PASSE, Duration.ofDays(3), null);
        assertThat(jetons.consommer(ancien, ObjetJeton.DEFINITION_MOT_DE_PASSE)).isEmpty();
        assertThat(jetons.consommer(nouveau, ObjetJeton.DEFINITION_MOT_DE_PASSE)).isPresent();
    }

    @Test
    void onlyTheHashIsStored() {
        String jeton = jetons.emettre(acteurs.usager(), ObjetJeton.CONFIRMATION_COURRIEL, Duration.ofDays(1), null);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM jeton WHERE empreinte = ?").param(jeton)
                .query(Long.class).single()).isZero();
        assertThat(jeton).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void aTokenUsedTwiceAtTheSameMomentWorksOnce() throws Exception {
        String jeton = jetons.emettre(acteurs.usager(), ObjetJeton.REINITIALISATION_MOT_DE_PASSE, Duration.ofHours(1), null);
        var depart = new CountDownLatch(1);
        var taches = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 8; i++) {
            taches.add(() -> {
                depart.await();
                return jetons.consommer(jeton, ObjetJeton.REINITIALISATION_MOT_DE_PASSE).isPresent();
            });
        }
        try (var executeur = Executors.newFixedThreadPool(8)) {
            var resultats = taches.stream().map(executeur::submit).toList();
            depart.countDown();
            long reussis = 0;
            for (var r : resultats) {
                reussis += r.get() ? 1 : 0;
            }
            assertThat(reussis).isEqualTo(1);
        }
    }
}
