package fr.demarches.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.TypeCompte;
import fr.demarches.shared.Chiffrement;
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

@TestIntegration
class ParametresCommuneTest {

    static final String PUTEAUX = "92062";
    static final String SECRET = "cle-privee-sftp-de-nanterre";
    static final byte[] PNG = png();
    static final byte[] PDF = "%PDF-1.7 pas une image".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Raccordements raccordements;

    @Autowired
    Referentiel referentiel;

    @Autowired
    Comptes comptes;

    @Autowired
    Chiffrement chiffrement;

    Visiteur mairie;

    @BeforeEach
    void acteurs() throws Exception {
        donnees.acteurs();
        raccordements.raccorder(PUTEAUX, ModeRaccordement.COURRIEL, "elections@mairie-puteaux.exemple.fr",
                EnumSet.of(Procedure.ILE), LocalDate.now(donnees.horloge()));
        mairie = new Visiteur(mvc, serveurCourriel);
        mairie.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));
    }

    /** The referential is kept between tests: put Nanterre's postal codes back. */
    @AfterEach
    void codesPostauxOfficiels() {
        donnees.jdbc().sql("DELETE FROM commune_code_postal WHERE code_insee = '92050' AND code_postal <> '92000'").update();
        donnees.jdbc().sql("INSERT INTO commune_code_postal VALUES ('92050', '92000') ON CONFLICT DO NOTHING").update();
        referentiel.oublier();
    }

    @Test
    void theCommuneAdministratorSetsSftpAndTheSecretIsStoredEncryptedAndNeverShown() throws Exception {
        assertThat(mairie.page("/gs/administration/parametres")).contains("Paramètres de Nanterre (92)")
                .contains("elections@mairie-nanterre.exemple.fr");

        String page = mairie.post("/gs/administration/parametres", "procedures", "ILE", "mode", "SFTP",
                "boiteFonctionnelle", "elections@mairie-nanterre.exemple.fr", "sftpHote", "sftp.nanterre.exemple.fr",
                "sftpPort", "22", "sftpIdentifiant", "depot").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("fr-alert--error").contains("href=\"#sftpSecret\"")
                .contains("value=\"sftp.nanterre.exemple.fr\"");

        mairie.post("/gs/administration/parametres", "procedures", "ILE", "procedures", "PROCURATION", "mode", "SFTP",
                "boiteFonctionnelle", "elections@mairie-nanterre.exemple.fr", "sftpHote", "sftp.nanterre.exemple.fr",
                "sftpPort", "22", "sftpIdentifiant", "depot", "sftpSecret", SECRET,
                "recuAuPremierTelechargement", "true", "validationAutoProcurations", "true",
                "codeInsee", PUTEAUX).andExpect(redirectedUrl("/gs/administration/parametres"));

        page = mairie.page("/gs/administration/parametres");
        assertThat(page).contains("••• enregistré").doesNotContain(SECRET).contains("Paramètres enregistrés.");
        byte[] stocke = secret(DonneesDeTest.NANTERRE);
        assertThat(new String(stocke, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(chiffrement.dechiffrer(stocke)).isEqualTo(SECRET);
        var r = raccordements.de(DonneesDeTest.NANTERRE).orElseThrow();
        assertThat(r.mode()).isEqualTo(ModeRaccordement.SFTP);
        assertThat(r.procedures()).containsExactlyInAnyOrder(Procedure.ILE, Procedure.PROCURATION);
        assertThat(options(DonneesDeTest.NANTERRE)).isEqualTo("true/true");
        // The forged commune field changed nothing elsewhere.
        assertThat(raccordements.de(PUTEAUX).orElseThrow().mode()).isEqualTo(ModeRaccordement.COURRIEL);
        assertThat(options(PUTEAUX)).isEqualTo("false/false");

        // Saving again with the secret left empty keeps it; unchecked options are turned off.
        mairie.post("/gs/administration/parametres", "procedures", "ILE", "mode", "SFTP",
                "boiteFonctionnelle", "elections@mairie-nanterre.exemple.fr", "sftpHote", "sftp.nanterre.exemple.fr",
                "sftpPort", "2222", "sftpIdentifiant", "depot", "sftpSecret", "")
                .andExpect(redirectedUrl("/gs/administration/parametres"));
        assertThat(chiffrement.dechiffrer(secret(DonneesDeTest.NANTERRE))).isEqualTo(SECRET);
        assertThat(options(DonneesDeTest.NANTERRE)).isEqualTo("false/false");
        assertThat(journal("PARAMETRES_COMMUNE_MODIFIES", DonneesDeTest.NANTERRE)).isEqualTo(2);
        // Where the dossiers go, before and after, is in the journal (never the secret).
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'PARAMETRES_COMMUNE_MODIFIES' "
                + "ORDER BY id").query(String.class).list())
                .anySatisfy(d -> assertThat(d).contains("destination sFTP aucune → depot@sftp.nanterre.exemple.fr:22/"))
                .anySatisfy(d -> assertThat(d).contains(
                        "destination sFTP depot@sftp.nanterre.exemple.fr:22/ → depot@sftp.nanterre.exemple.fr:2222/"))
                .noneSatisfy(d -> assertThat(d).contains(SECRET));
    }

    @Test
    void stampAndSignatureMustBeSmallPngOrJpegImages() throws Exception {
        envoyer("/gs/administration/parametres/images", "TAMPON", PDF).andExpect(redirectedUrl("/gs/administration/parametres#images"));
        assertThat(mairie.page("/gs/administration/parametres")).contains("L&#39;image doit être au format PNG ou JPEG.")
                .contains("id=\"fichier-TAMPON-erreur\"");
        envoyer("/gs/administration/parametres/images", "TAMPON", Arrays.copyOf(PNG, 12));
        assertThat(mairie.page("/gs/administration/parametres"))
                .contains("L&#39;image ne peut pas être lue : enregistrez-la à nouveau au format PNG ou JPEG.");
        byte[] tropGrande = Arrays.copyOf(PNG, 300 * 1024 + 1);
        envoyer("/gs/administration/parametres/images", "SIGNATURE", tropGrande);
        assertThat(mairie.page("/gs/administration/parametres")).contains("L&#39;image ne doit pas dépasser 300 Ko.");

        envoyer("/gs/administration/parametres/images", "TAMPON", PNG);
        assertThat(mairie.page("/gs/administration/parametres")).contains("Image enregistrée : le tampon de la mairie.")
                .contains("src=\"/gs/administration/parametres/images/TAMPON\"");
        mairie.get("/gs/administration/parametres/images/TAMPON").andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
        mairie.get("/gs/administration/parametres/images/SIGNATURE").andExpect(status().isNotFound());
        assertThat(journal("IMAGE_COMMUNE_DEPOSEE", DonneesDeTest.NANTERRE)).isEqualTo(1);

        mairie.post("/gs/administration/parametres/images/TAMPON/supprimer");
        mairie.get("/gs/administration/parametres/images/TAMPON").andExpect(status().isNotFound());
    }

    @Test
    void aCommuneAdministratorOnlyReachesItsOwnCommuneAndAnAgentNoSettingsAtAll() throws Exception {
        mairie.get("/admin/communes/" + PUTEAUX).andExpect(redirectedUrl("/admin/connexion"));
        mairie.post("/admin/communes/" + PUTEAUX + "/parametres", "mode", "COURRIEL", "boiteFonctionnelle",
                "pirate@exemple.fr").andExpect(redirectedUrl("/admin/connexion"));
        assertThat(raccordements.de(PUTEAUX).orElseThrow().boiteFonctionnelle())
                .isEqualTo("elections@mairie-puteaux.exemple.fr");

        var agent = new Visiteur(mvc, serveurCourriel);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        agent.get("/gs/administration/parametres").andExpect(status().isForbidden());
        agent.post("/gs/administration/parametres", "mode", "COURRIEL", "boiteFonctionnelle", "pirate@exemple.fr")
                .andExpect(status().isForbidden());

        // The administrator of a commune that is not connected has no settings to open.
        comptes.creerCompteMairie(TypeCompte.ADMIN_COMMUNE, "admin@mairie-boulogne.exemple.fr",
                DonneesDeTest.MOT_DE_PASSE, "Roux", "Anne", "92012");
        var boulogne = new Visiteur(mvc, serveurCourriel);
        boulogne.connecter("/gs/connexion", "admin@mairie-boulogne.exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        boulogne.get("/gs/administration/parametres").andExpect(status().isNotFound());
    }

    @Test
    void thePlatformAdministratorChangesAnyCommuneAndCorrectsPostalCodes() throws Exception {
        var admin = new Visiteur(mvc, serveurCourriel);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        assertThat(admin.page("/admin/communes?recherche=92800")).contains("Puteaux (92) — 92062");
        assertThat(admin.page("/admin/communes/" + PUTEAUX)).contains("elections@mairie-puteaux.exemple.fr");
        admin.post("/admin/communes/" + PUTEAUX + "/parametres", "procedures", "RCO", "mode", "COURRIEL",
                "boiteFonctionnelle", "etat-civil@mairie-puteaux.exemple.fr")
                .andExpect(redirectedUrl("/admin/communes/" + PUTEAUX));
        assertThat(raccordements.de(PUTEAUX).orElseThrow().procedures()).containsExactly(Procedure.RCO);

        admin.post("/admin/communes/92050/codes-postaux", "codePostal", "9200");
        assertThat(admin.page("/admin/communes/92050")).contains("Le code postal se compose de 5 chiffres");
        admin.post("/admin/communes/92050/codes-postaux", "codePostal", "92001")
                .andExpect(redirectedUrl("/admin/communes/92050#codes-postaux"));
        assertThat(admin.page("/admin/communes/92050")).contains("Code postal 92001 ajouté à Nanterre (92).");
        assertThat(referentiel.parCodePostal("92001")).extracting(c -> c.codeInsee()).containsExactly("92050");

        admin.post("/admin/communes/92050/codes-postaux/92000/retirer");
        assertThat(admin.page("/admin/communes/92050")).contains("Code postal 92000 retiré de Nanterre (92).");
        assertThat(referentiel.parCodePostal("92000")).isEmpty();
        admin.post("/admin/communes/92050/codes-postaux/92001/retirer");
        assertThat(admin.page("/admin/communes/92050")).contains("Une commune garde au moins un code postal.");
        assertThat(referentiel.parCodePostal("92001")).hasSize(1);
        assertThat(journal("CODE_POSTAL_AJOUTE", "92050")).isEqualTo(1);
        assertThat(journal("CODE_POSTAL_RETIRE", "92050")).isEqualTo(1);

        admin.get("/admin/communes/00000").andExpect(status().isNotFound());
        // A commune that is not connected has postal codes but no settings.
        admin.post("/admin/communes/92012/parametres", "mode", "COURRIEL", "boiteFonctionnelle", "a@exemple.fr")
                .andExpect(status().isNotFound());
    }

    private ResultActions envoyer(String url, String nature, byte[] contenu) throws Exception {
        // Visiteur only builds plain requests: send the multipart one with its session cookie.
        return mvc.perform(MockMvcRequestBuilders.multipart(url)
                .file(new MockMultipartFile("fichier", "image.png", "image/png", contenu))
                .param("nature", nature).cookie(mairie.session()).with(csrf()));
    }

    private byte[] secret(String insee) {
        return donnees.jdbc().sql("SELECT sftp_secret FROM raccordement WHERE code_insee = ?").param(insee)
                .query(byte[].class).single();
    }

    private String options(String insee) {
        return donnees.jdbc().sql("SELECT recu_au_premier_telechargement || '/' || validation_auto_procurations "
                + "FROM raccordement WHERE code_insee = ?").param(insee).query(String.class).single();
    }

    private long journal(String action, String objet) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ? AND objet_id = ?")
                .param(action).param(objet).query(Long.class).single();
    }

    /** A real 2×2 PNG: the settings decode the image, a PNG header alone is refused. */
    private static byte[] png() {
        try {
            var sortie = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", sortie);
            return sortie.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
