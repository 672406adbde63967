package fr.demarches.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.demarches.compte.Profils;
import fr.demarches.document.Documents;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A journal entry commits with the action it records, or neither does: a failure injected in the journal write,
 * right after the action's own rows, leaves no trace of the action either (an upload was once saved without its
 * DOCUMENT_AJOUTE entry, written in a second transaction).
 */
@TestIntegration
class JournalDansLaTransactionTest {

    static final byte[] PDF = fr.demarches.document.Fichiers.pdf(1_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Documents documents;

    @Autowired
    Profils profils;

    DonneesDeTest.Acteurs acteurs;

    Visiteur visiteur;

    @BeforeEach
    void connecter() throws Exception {
        acteurs = donnees.acteurs();
        visiteur = new Visiteur(mvc);
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @AfterEach
    void retirerEchec() {
        donnees.jdbc().sql("DROP TRIGGER IF EXISTS echec_injecte ON journal_audit").update();
        donnees.jdbc().sql("DROP FUNCTION IF EXISTS echec_injecte()").update();
    }

    @Test
    void anUploadWhoseJournalEntryFailsIsNotSaved() throws Exception {
        echecEnJournalisant("DOCUMENT_AJOUTE");
        assertThatThrownBy(this::deposer).hasStackTraceContaining("échec injecté");
        assertThat(documents.lister(acteurs.usager())).isEmpty();

        retirerEchec();
        deposer().andExpect(redirectedUrl("/documents"));
        assertThat(documents.lister(acteurs.usager())).hasSize(1);
        assertThat(entrees("DOCUMENT_AJOUTE")).isEqualTo(1);
    }

    @Test
    void aDeletionWhoseJournalEntryFailsIsUndone() throws Exception {
        deposer().andExpect(redirectedUrl("/documents"));
        var id = documents.lister(acteurs.usager()).getFirst().id();
        echecEnJournalisant("DOCUMENT_SUPPRIME");
        assertThatThrownBy(() -> visiteur.post("/documents/" + id + "/suppression")).hasStackTraceContaining("échec injecté");
        assertThat(documents.lister(acteurs.usager())).hasSize(1);
        assertThat(entrees("DOCUMENT_SUPPRIME")).isZero();
    }

    @Test
    void aProfileWhoseJournalEntryFailsIsNotSaved() throws Exception {
        echecEnJournalisant("PROFIL_MODIFIE");
        assertThatThrownBy(() -> visiteur.post("/compte/informations", "action", "enregistrer", "sexe", "F",
                "nomNaissance", "Martin", "nomUsage", "", "prenoms", "Camille", "dateNaissance", "1990-07-14",
                "lieuNaissance", "FRANCE", "codePostalNaissance", "92000", "naissanceCommuneInsee", "92050",
                "naissancePays", "", "naissanceLocalite", "", "nationalite", "Française", "adresse", "7 rue des Tilleuls",
                "complementAdresse", "", "codePostal", "92000", "communeInsee", "92050", "telephone", "06 12 34 56 78"))
                .hasStackTraceContaining("échec injecté");
        assertThat(profils.de(acteurs.usager())).isEmpty();
    }

    /** The database refuses the journal entry of this action: the failure comes after the action's own writes. */
    private void echecEnJournalisant(String action) {
        donnees.jdbc().sql("""
                CREATE FUNCTION echec_injecte() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'échec injecté dans le journal'; END $$""").update();
        donnees.jdbc().sql("CREATE TRIGGER echec_injecte BEFORE INSERT ON journal_audit FOR EACH ROW WHEN (NEW.action = '"
                + action + "') EXECUTE FUNCTION echec_injecte()").update();
    }

    private ResultActions deposer() throws Exception {
        return visiteur.executer(MockMvcRequestBuilders.multipart("/documents")
                .file(new MockMultipartFile("fichier", "carte.pdf", "application/pdf", PDF))
                .param("type", "PIECE_IDENTITE").with(csrf()));
    }

    private long entrees(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
