package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;

import fr.demarches.commune.Procedure;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.internal.Brouillons;
import fr.demarches.teledossier.internal.PurgeBrouillons;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class PurgeBrouillonsTest {

    @Autowired
    Brouillons brouillons;

    @Autowired
    PurgeBrouillons purgeBrouillons;

    @Autowired
    DonneesDeTest donnees;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        donnees.horloge().fixer(ZonedDateTime.now(Fuseau.PARIS));
    }

    @Test
    void aDraftUntouchedForSixMonthsIsDeletedAndARecentOneStays() {
        brouillons.enregistrer(acteurs.usager(), Procedure.ILE, Map.of("nomNaissance", "Martin"));
        donnees.horloge().avancer(Duration.ofDays(100));
        brouillons.enregistrer(acteurs.usager(), Procedure.RCO, Map.of("nomFamille", "Martin"));
        donnees.horloge().avancer(Duration.ofDays(84));

        assertThat(purgeBrouillons.purger()).isEqualTo(1);

        assertThat(brouillons.lire(acteurs.usager(), Procedure.ILE, Map.class)).isEmpty();
        assertThat(brouillons.lire(acteurs.usager(), Procedure.RCO, Map.class)).isPresent();
    }

}
