package fr.demarches.teledossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import fr.demarches.commune.Procedure;
import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.PieceJointe;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.CompteurRequetes;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * N+1 guard: the agent's working list and the citizen's dashboard send as many SQL statements for ten dossiers as
 * for five. Each dossier has a history of several states and two pieces, so that a per-dossier load would show.
 */
@TestIntegration
class RequetesParPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail courriels;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Documents documents;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
    }

    @Test
    void theWorkingListSendsTheSameStatementsWhateverTheNumberOfDossiersShown() throws Exception {
        var agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        deposer(5);
        agent.page("/gs/teledossiers");

        long cinq = CompteurRequetes.pendant(() -> assertThat(agent.page("/gs/teledossiers")).contains("5 télédossiers"));
        deposer(5);
        long dix = CompteurRequetes.pendant(() -> assertThat(agent.page("/gs/teledossiers")).contains("10 télédossiers"));

        assertThat(cinq).isPositive();
        assertThat(dix).isEqualTo(cinq);
    }

    @Test
    void theDashboardSendsTheSameStatementsWhateverTheNumberOfDossiers() throws Exception {
        var usager = new Visiteur(mvc, courriels);
        usager.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        var premiers = deposer(5);
        usager.page("/tableau-de-bord");

        long cinq = CompteurRequetes.pendant(() -> assertThat(usager.page("/tableau-de-bord")).contains(premiers.getFirst()));
        var suivants = deposer(5);
        long dix = CompteurRequetes.pendant(() -> assertThat(usager.page("/tableau-de-bord"))
                .contains(premiers.getFirst(), suivants.getLast()).contains("Dossier en cours de traitement"));

        assertThat(cinq).isPositive();
        assertThat(dix).isEqualTo(cinq);
    }

    /** Dossiers of the test citizen in Nanterre, each with two pieces and three states in its history. */
    private List<String> deposer(int nombre) throws Exception {
        var numeros = new java.util.ArrayList<String>();
        for (int i = 0; i < nombre; i++) {
            var pieces = List.of(piece(TypeDocument.PIECE_IDENTITE), piece(TypeDocument.JUSTIFICATIF_DOMICILE));
            var numero = teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER,
                    "Camille Martin", DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(), pieces), null);
            var agent = new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null);
            teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.RECU, null, agent);
            teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.EN_COURS, "Nous traitons votre demande.",
                    agent);
            numeros.add(numero.valeur());
        }
        return numeros;
    }

    private PieceJointe piece(TypeDocument type) {
        byte[] pdf = Fichiers.pdf(2000);
        var document = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), type, type.name().toLowerCase() + ".pdf",
                new ByteArrayInputStream(pdf), pdf.length);
        return new PieceJointe(document.id(), type);
    }
}
