package fr.demarches.statistique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.StatistiquesTeledossiers;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class StatistiquesTest {

    private static final String PUTEAUX = "92062";

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    StatistiquesTeledossiers statistiques;

    @Autowired
    Raccordements raccordements;

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    fr.demarches.procuration.Procurations procurations;

    @Autowired
    fr.demarches.procuration.StatistiquesProcurations statistiquesProcurations;

    DonneesDeTest.Acteurs acteurs;
    ZonedDateTime debut;

    @BeforeEach
    void dossiers() {
        acteurs = donnees.acteurs();
        raccordements.raccorder(PUTEAUX, ModeRaccordement.COURRIEL, "elections@puteaux.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusMonths(1));
        debut = ZonedDateTime.now(Fuseau.PARIS).withHour(9).withMinute(0).withSecond(0).withNano(0);
        donnees.horloge().fixer(debut);
        // Day 1: an ILE handled after 2 hours and closed after 3 days; an RCO handled after 4 hours.
        var ile = deposer(Procedure.ILE, DonneesDeTest.NANTERRE);
        var rco = deposer(Procedure.RCO, DonneesDeTest.NANTERRE);
        donnees.horloge().avancer(Duration.ofHours(2));
        teledossiers.changerEtat(ile, DonneesDeTest.NANTERRE, EtatTeledossier.EN_COURS, null, agent());
        donnees.horloge().avancer(Duration.ofHours(2));
        teledossiers.changerEtat(rco, DonneesDeTest.NANTERRE, EtatTeledossier.RECU, null, agent());
        // Day 2: a Puteaux ILE, never handled.
        donnees.horloge().fixer(debut.plusDays(1));
        deposer(Procedure.ILE, PUTEAUX);
        donnees.horloge().fixer(debut.plusDays(3));
        teledossiers.changerEtat(ile, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null, agent());
    }

    @Test
    void theFiguresOfACommuneCountItsDossiersOnly() {
        var s = statistiques.calculer(DonneesDeTest.NANTERRE, debut.toLocalDate().minusDays(1), debut.toLocalDate().plusDays(3));
        assertThat(s.total()).isEqualTo(2);
        assertThat(s.parJour()).hasSize(5);
        assertThat(s.parJour().get(1).ile()).isEqualTo(1);
        assertThat(s.parJour().get(1).rco()).isEqualTo(1);
        assertThat(s.parEtat()).containsEntry(EtatTeledossier.CLOS, 1L).containsEntry(EtatTeledossier.RECU, 1L)
                .containsEntry(EtatTeledossier.TRANSMIS, 0L);
        assertThat(s.premiereAction()).isEqualTo(Duration.ofHours(3));
        assertThat(s.cloture()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void thePlatformCountsEveryCommuneAndDossiersNearTheLimit() {
        var s = statistiques.calculer(null, debut.toLocalDate(), debut.toLocalDate().plusDays(3));
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.procheLimite()).isZero();
        donnees.horloge().fixer(debut.plusDays(27));
        // The Nanterre RCO and the Puteaux ILE are open; 3 and 4 days are left for them.
        assertThat(statistiques.calculer(null, debut.toLocalDate(), debut.toLocalDate()).procheLimite()).isEqualTo(2);
        assertThat(statistiques.calculer(PUTEAUX, debut.toLocalDate(), debut.toLocalDate()).procheLimite()).isEqualTo(1);
    }

    @Test
    void procurationsAreCountedByStateForTheCommune() {
        var date = LocalDate.now(donnees.horloge()).plusMonths(2);
        for (var nne : new String[] {"123456789", "987654321"}) {
            procurations.deposer(new fr.demarches.procuration.Demande(acteurs.usager(), DonneesDeTest.USAGER,
                    DonneesDeTest.NANTERRE, null, "Martin", null, "Camille Anne", LocalDate.of(1980, 5, 17), "Lyon (69)",
                    nne, null, null, LocalDate.of(1975, 2, 3), null, fr.demarches.procuration.Portee.DEUX_TOURS, date,
                    date.plusWeeks(1)), "127.0.0.1");
        }
        var jour = LocalDate.now(donnees.horloge());
        assertThat(statistiquesProcurations.parEtat(DonneesDeTest.NANTERRE, jour, jour))
                .containsEntry(fr.demarches.procuration.EtatProcuration.EN_ATTENTE_AUTORITE, 2L)
                .containsEntry(fr.demarches.procuration.EtatProcuration.ACCEPTEE_COMMUNE, 0L);
        assertThat(statistiquesProcurations.parEtat(PUTEAUX, jour, jour).values()).containsOnly(0L);
    }

    @Test
    void aCommuneAdministratorSeesItsCommuneAndAnAgentCannot() throws Exception {
        var administrateur = new Visiteur(mvc, serveurCourriel);
        administrateur.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        String page = administrateur.page("/gs/administration/statistiques");
        assertThat(page).contains("Statistiques - Nanterre (92)").containsPattern("id=\"total\">2<")
                .contains("3 h 0 min").contains("3 j 0 h").contains("<svg").contains("procurations-par-etat");

        var agent = new Visiteur(mvc, serveurCourriel);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        agent.get("/gs/administration/statistiques").andExpect(status().isForbidden());

        var plateforme = new Visiteur(mvc, serveurCourriel);
        plateforme.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        assertThat(plateforme.page("/admin/statistiques")).contains("Statistiques de la plateforme")
                .containsPattern("id=\"total\">3<");
        assertThat(plateforme.page("/admin/statistiques?commune=92062")).containsPattern("id=\"total\">1<");
    }

    private NumeroTeledossier deposer(Procedure procedure, String commune) {
        return teledossiers.deposer(new Depot(procedure, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                commune, procedure == Procedure.ILE ? Exemples.ile() : Exemples.rco(), UUID.randomUUID()), null);
    }

    private Teledossiers.Acteur agent() {
        return new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null);
    }
}
