package fr.demarches.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.ProprietesComptes;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class AdministrateurInitialTest {

    @Autowired
    Comptes comptes;

    @Autowired
    JournalAudit journal;

    @Autowired
    DonneesDeTest donnees;

    /** The first platform administrator, created at start-up from configuration, is in the journal as any other. */
    @Test
    void theFirstAdministratorCreatedAtStartUpIsJournaled() throws Exception {
        donnees.vider();
        var proprietes = new ProprietesComptes(4, Duration.ofDays(7), Duration.ofDays(7),
                new ProprietesComptes.AdministrateurInitial("premier.admin@exemple.fr", DonneesDeTest.MOT_DE_PASSE,
                        "Premier"));

        new AdministrateurInitial(comptes, journal, proprietes).run(null);

        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'COMPTE_CREE'")
                .query(String.class).single())
                .isEqualTo("Premier administrateur de la plateforme, créé au démarrage : premier.admin@exemple.fr");
    }
}
