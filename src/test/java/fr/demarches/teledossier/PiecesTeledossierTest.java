package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.Procedure;
import fr.demarches.compte.Comptes;
import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@TestIntegration
class PiecesTeledossierTest {

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    Documents documents;

    @Autowired
    Comptes comptes;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
    }

    @Test
    void theMairieDownloadsTheFrozenPiecesNamedByNumberProcedureTypeAndRank() throws Exception {
        byte[] carte = Fichiers.pdf(1500);
        byte[] facture = Fichiers.png(900);
        var idCarte = deposer(acteurs.usager(), TypeDocument.PIECE_IDENTITE, "carte.pdf", carte);
        var idFacture = deposer(acteurs.usager(), TypeDocument.JUSTIFICATIF_DOMICILE, "facture.png", facture);
        var numero = teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(),
                List.of(new PieceJointe(idCarte, TypeDocument.PIECE_IDENTITE),
                        new PieceJointe(idFacture, TypeDocument.JUSTIFICATIF_DOMICILE))), null);
        // The citizen deletes the originals afterwards: the request keeps its copies.
        documents.supprimer(DonneesDeTest.acteurUsager(acteurs.usager()), idCarte);
        documents.supprimer(DonneesDeTest.acteurUsager(acteurs.usager()), idFacture);

        var agent = new Visiteur(mvc, serveurCourriel);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        var demarre = agent.get("/gs/teledossiers/" + numero + "/elements").andReturn();
        var reponse = mvc.perform(MockMvcRequestBuilders.asyncDispatch(demarre)).andExpect(status().isOk()).andReturn();
        var entrees = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(reponse.getResponse().getContentAsByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entrees.put(e.getName(), zip.readAllBytes());
            }
        }
        String prefixe = numero + "-ILE-";
        assertThat(entrees).containsOnlyKeys(prefixe + "cerfa.pdf", prefixe + "donnees.xml",
                prefixe + "piece-identite-1.pdf", prefixe + "justificatif-domicile-1.png");
        assertThat(entrees.get(prefixe + "piece-identite-1.pdf")).isEqualTo(carte);
        assertThat(entrees.get(prefixe + "justificatif-domicile-1.png")).isEqualTo(facture);
    }

    @Test
    void anotherCitizensDocumentFailsTheWholeSubmission() {
        var autre = comptes.creerUsager("autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        var sien = deposer(autre, TypeDocument.PIECE_IDENTITE, "autre.pdf", Fichiers.pdf(500));
        var depot = new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(),
                List.of(new PieceJointe(sien, TypeDocument.PIECE_IDENTITE)));
        assertThatThrownBy(() -> teledossiers.deposer(depot, null)).isInstanceOf(PieceIntrouvable.class);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier").query(Long.class).single()).isZero();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document_fige").query(Long.class).single()).isZero();
    }

    private UUID deposer(UUID proprietaire, TypeDocument type, String nom, byte[] octets) {
        return documents.deposer(DonneesDeTest.acteurUsager(proprietaire), type, nom, new ByteArrayInputStream(octets), octets.length).id();
    }
}
