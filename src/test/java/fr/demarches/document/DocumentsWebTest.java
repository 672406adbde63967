package fr.demarches.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import fr.demarches.document.internal.ProprietesDocuments;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@TestIntegration
class DocumentsWebTest {

    static final String AUTRE_USAGER = "dominique.petit@exemple.fr";
    static final String FORMAT_REFUSE = "Le fichier doit être un PDF, une image JPEG ou une image PNG";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Documents documents;

    @Autowired
    ProprietesDocuments proprietes;

    @Autowired
    fr.demarches.compte.Comptes comptes;

    DonneesDeTest.Acteurs acteurs;

    Visiteur visiteur;

    @BeforeEach
    void connecter() throws Exception {
        acteurs = donnees.acteurs();
        Fichiers.vider(proprietes.dossier());
        visiteur = new Visiteur(mvc);
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUploadedDocumentIsListedAndDownloadedByteForByte() throws Exception {
        byte[] octets = Fichiers.pdf(150_000);
        deposer(visiteur, "PIECE_IDENTITE", "carte d'identité.pdf", octets).andExpect(redirectedUrl("/documents"));

        String page = visiteur.page("/documents");
        assertThat(page).contains("Le document « carte d&#39;identité.pdf » est ajouté à votre espace.")
                .contains("Pièce d&#39;identité").contains("PDF, 146 Ko").contains("Ajouté par vous");
        var document = documents.lister(acteurs.usager()).getFirst();
        visiteur.get("/documents/" + document.id() + "/fichier").andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(octets))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        assertThat(journal("DOCUMENT_AJOUTE")).isEqualTo(1);
    }

    @Test
    void theTypeComesFromTheContentNotFromTheName() throws Exception {
        deposer(visiteur, "JUSTIFICATIF_DOMICILE", "facture.pdf", Fichiers.png(2_000)).andExpect(redirectedUrl("/documents"));
        deposer(visiteur, "AUTRE", "photo.png", Fichiers.jpeg(2_000)).andExpect(redirectedUrl("/documents"));
        assertThat(documents.lister(acteurs.usager())).extracting(DocumentUsager::typeContenu)
                .containsExactlyInAnyOrder("image/png", "image/jpeg");
    }

    @Test
    void anExecutableOrAnArchiveNamedPdfIsRefusedWithAFrenchMessageAndTheChosenTypeIsKept() throws Exception {
        for (byte[] octets : new byte[][] {Fichiers.exe(3_000), Fichiers.zip(3_000)}) {
            String page = deposer(visiteur, "LIVRET_FAMILLE", "livret.pdf", octets).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Le formulaire contient des erreurs").contains("href=\"#fichier\"")
                    .contains(FORMAT_REFUSE).contains("fr-upload-group--error")
                    .contains("aria-describedby=\"fichier-erreur\"")
                    .containsPattern("value=\"LIVRET_FAMILLE\"[^>]*selected");
        }
        assertThat(documents.lister(acteurs.usager())).isEmpty();
        assertThat(Fichiers.nombre(proprietes.dossier())).isZero();
    }

    @Test
    void aFileIsCheckedByItsStructureAndARefusedOneIsExplainedBesideTheFieldAndNotStored() throws Exception {
        var refus = java.util.Map.of(
                Fichiers.pdfEnTeteSeul(3_000), "Le fichier n&#39;est pas un PDF valide",
                Fichiers.pdfAvecJavaScript(), "Le PDF contient du JavaScript",
                Fichiers.pdfAvecFichierJoint(), "Le PDF contient des fichiers joints",
                Fichiers.pdfAvecMotDePasse(), "Le PDF est protégé par un mot de passe",
                Fichiers.pngTronque(), "L&#39;image n&#39;est pas une image PNG valide",
                Fichiers.jpegEnTeteSeul(3_000), "L&#39;image n&#39;est pas une image JPEG valide");
        for (var cas : refus.entrySet()) {
            String page = deposer(visiteur, "PIECE_IDENTITE", "carte.pdf", cas.getKey()).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(cas.getValue()).contains("href=\"#fichier\"").contains("fr-upload-group--error")
                    .contains("aria-describedby=\"fichier-erreur\"");
        }
        assertThat(documents.lister(acteurs.usager())).isEmpty();
        assertThat(Fichiers.nombre(proprietes.dossier())).isZero();

        deposer(visiteur, "PIECE_IDENTITE", "carte.pdf", Fichiers.pdf(3_000)).andExpect(redirectedUrl("/documents"));
        assertThat(documents.lister(acteurs.usager())).hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        String page = deposer(visiteur, "AUTRE", "gros.pdf", Fichiers.pdf(5 * 1024 * 1024 + 1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le fichier dépasse la taille maximale autorisée (5 Mo).");
        assertThat(documents.lister(acteurs.usager())).isEmpty();
        assertThat(Fichiers.nombre(proprietes.dossier())).isZero();
    }

    @Test
    void theCitizensSpaceHasABoundInBytesAndInDocuments() throws Exception {
        deposer(visiteur, "AUTRE", "a.pdf", Fichiers.pdf(1_000)).andExpect(redirectedUrl("/documents"));
        donnees.jdbc().sql("UPDATE document SET taille = ? WHERE proprietaire_id = ?")
                .params(100L * 1024 * 1024 - 500, acteurs.usager()).update();
        assertThat(deposer(visiteur, "AUTRE", "b.pdf", Fichiers.pdf(1_000)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Votre espace est plein (100 Mo au plus)");

        donnees.jdbc().sql("UPDATE document SET taille = 1000 WHERE proprietaire_id = ?").param(acteurs.usager())
                .update();
        copies(99);
        assertThat(deposer(visiteur, "AUTRE", "b.pdf", Fichiers.pdf(1_000)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Votre espace contient déjà 100 documents, le maximum");
        assertThat(documents.lister(acteurs.usager())).hasSize(100);
    }

    /**
     * Two uploads at once for the last place: the first holds its transaction open (not committed) while the second
     * counts. Without the owner's lock, the second did not see the first and both were kept: 101 documents.
     */
    @Test
    void twoUploadsAtOnceDoNotBothTakeTheLastPlace() throws Exception {
        deposer(visiteur, "AUTRE", "a.pdf", Fichiers.pdf(1_000)).andExpect(redirectedUrl("/documents"));
        copies(98);
        var usager = DonneesDeTest.acteurUsager(acteurs.usager());
        byte[] octets = Fichiers.pdf(1_000);
        var deux = donnees.enMemeTemps(
                () -> documents.deposer(usager, TypeDocument.AUTRE, "premier.pdf", new ByteArrayInputStream(octets),
                        octets.length),
                () -> { },
                // It counts without the lock, or waits for it.
                () -> documents.deposer(usager, TypeDocument.AUTRE, "second.pdf", new ByteArrayInputStream(octets),
                        octets.length));
        assertThat(deux.refusSeconde()).isInstanceOf(DepotRefuse.class)
                .hasMessageContaining("Votre espace contient déjà 100 documents");
        assertThat(documents.lister(acteurs.usager())).hasSize(100)
                .anyMatch(d -> d.nomOriginal().equals("premier.pdf")).noneMatch(d -> d.nomOriginal().equals("second.pdf"));
    }

    /** {@code n} copies of the citizen's one document, to fill the space without uploading. */
    private void copies(int n) {
        donnees.jdbc().sql("""
                INSERT INTO document (id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, origine,
                                      depose_le)
                SELECT gen_random_uuid(), proprietaire_id, type, nom_original, type_contenu, taille, empreinte, origine,
                       depose_le
                FROM document, generate_series(1, ?) WHERE proprietaire_id = ?
                """).param(n).param(acteurs.usager()).update();
    }

    @Test
    void aMissingTypeOrFileIsShownBesideEachField() throws Exception {
        var requete = MockMvcRequestBuilders.multipart("/documents").with(csrf());
        String page = visiteur.executer(requete).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez le type de document.").contains("Choisissez un fichier à ajouter.")
                .contains("href=\"#type\"").contains("href=\"#fichier\"");
    }

    @Test
    void anotherCitizenGets404OnEveryUrlOfADocument() throws Exception {
        deposer(visiteur, "PIECE_IDENTITE", "cni.pdf", Fichiers.pdf(1_000));
        UUID id = documents.lister(acteurs.usager()).getFirst().id();

        comptes.creerUsager(AUTRE_USAGER, DonneesDeTest.MOT_DE_PASSE, true);
        var autre = new Visiteur(mvc);
        autre.connecter("/connexion", AUTRE_USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        autre.get("/documents/" + id + "/fichier").andExpect(status().isNotFound());
        autre.post("/documents/" + id + "/suppression").andExpect(status().isNotFound());
        assertThat(autre.page("/documents")).doesNotContain("cni.pdf");
        visiteur.get("/documents/" + UUID.randomUUID() + "/fichier").andExpect(status().isNotFound());

        assertThat(documents.lister(acteurs.usager())).hasSize(1);
        new Visiteur(mvc).get("/documents/" + id + "/fichier").andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void theCitizenDeletesTheirOwnDocument() throws Exception {
        deposer(visiteur, "AUTRE", "brouillon.pdf", Fichiers.pdf(1_000));
        visiteur.page("/documents"); // follows the redirect, as a browser would
        UUID id = documents.lister(acteurs.usager()).getFirst().id();
        visiteur.post("/documents/" + id + "/suppression").andExpect(redirectedUrl("/documents"));
        assertThat(visiteur.page("/documents")).contains("Le document « brouillon.pdf » est supprimé.");
        assertThat(documents.lister(acteurs.usager())).isEmpty();
        visiteur.get("/documents/" + id + "/fichier").andExpect(status().isNotFound());
        assertThat(journal("DOCUMENT_SUPPRIME")).isEqualTo(1);
    }

    @Test
    void aDocumentFromTheMairieIsMarkedAndCannotBeDeletedBeforeTheRetentionDelay() throws Exception {
        var depot = documents.deposerPourUsager(acteurs.usager(), DonneesDeTest.NANTERRE,
                TypeDocument.ATTESTATION_RECENSEMENT, "attestation.pdf", new ByteArrayInputStream(Fichiers.pdf(10_000)), 10_000);
        assertThat(visiteur.page("/documents")).contains("attestation.pdf").contains("Reçu de votre mairie")
                .contains("suppression possible à partir du");

        visiteur.post("/documents/" + depot.id() + "/suppression").andExpect(redirectedUrl("/documents"));
        assertThat(visiteur.page("/documents")).contains("vous ne pouvez pas le supprimer avant le");
        assertThat(documents.lister(acteurs.usager())).hasSize(1);

        donnees.horloge().avancer(Duration.ofDays(366));
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE);
        visiteur.post("/documents/" + depot.id() + "/suppression").andExpect(redirectedUrl("/documents"));
        assertThat(documents.lister(acteurs.usager())).isEmpty();
    }

    @Test
    void aMairieDepositHasItsOwnSizeLimit() {
        byte[] octets = Fichiers.pdf(1024 * 1024 + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.deposerPourUsager(acteurs.usager(),
                DonneesDeTest.NANTERRE, TypeDocument.ATTESTATION_RECENSEMENT, "a.pdf", new ByteArrayInputStream(octets),
                octets.length)).isInstanceOf(DepotRefuse.class).hasMessage("Le fichier dépasse la taille maximale autorisée (1 Mo).");
    }

    @Test
    void theSpaceIsInTheCitizenMenu() throws Exception {
        assertThat(visiteur.page("/")).contains("href=\"/documents\"").contains("Mes documents")
                .contains("href=\"/compte\"").contains("Mon compte").contains("href=\"/compte/informations\"");
    }

    private ResultActions deposer(Visiteur qui, String type, String nom, byte[] octets) throws Exception {
        var requete = MockMvcRequestBuilders.multipart("/documents")
                .file(new MockMultipartFile("fichier", nom, "application/pdf", octets))
                .param("type", type).with(csrf());
        return qui.executer(requete);
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
