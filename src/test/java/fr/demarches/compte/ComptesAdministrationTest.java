package fr.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.test.BoiteDeReception;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@TestIntegration
class ComptesAdministrationTest {

    static final String NOUVEL_ADMIN = "claire.admin@exemple.fr";
    static final String NOUVEAU_MOT_DE_PASSE = "Un-mot-de-passe-tout-neuf";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail greenMail;

    DonneesDeTest.Acteurs acteurs;
    Visiteur admin;
    BoiteDeReception courriels;

    @BeforeEach
    void acteurs() throws Exception {
        acteurs = donnees.acteurs();
        courriels = new BoiteDeReception(greenMail, donnees.jdbc());
        admin = new Visiteur(mvc, greenMail);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aNewPlatformAdministratorSetsAPasswordAndTheLastActiveOneCannotBeDisabled() throws Exception {
        assertThat(admin.post("/admin/comptes", "identifiant", "pas-une-adresse", "nom", "", "prenoms", "Claire")
                .andReturn().getResponse().getContentAsString())
                .contains("Saisissez une adresse électronique valide").contains("Indiquez le nom.")
                .contains("value=\"Claire\"");
        admin.post("/admin/comptes", "identifiant", NOUVEL_ADMIN, "nom", "Dubois", "prenoms", "Claire")
                .andExpect(redirectedUrl("/admin/comptes"));
        assertThat(admin.page("/admin/comptes")).contains(NOUVEL_ADMIN).contains("En attente du mot de passe");
        assertThat(admin.post("/admin/comptes", "identifiant", NOUVEL_ADMIN, "nom", "Dubois", "prenoms", "Claire")
                .andReturn().getResponse().getContentAsString()).contains("Un administrateur a déjà cette adresse.");

        var mail = courriels.pour(NOUVEL_ADMIN, 1);
        assertThat(mail.lien()).startsWith("/admin/mot-de-passe/definir?jeton=");
        definirMotDePasse(mail.lien());
        var claire = new Visiteur(mvc, greenMail);
        claire.connecter("/admin/connexion", NOUVEL_ADMIN, NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/admin"));

        // Claire disables the first administrator; then she is the last one and cannot disable herself.
        claire.post("/admin/comptes/" + acteurs.admin() + "/desactiver").andExpect(redirectedUrl("/admin/comptes"));
        assertThat(claire.page("/admin/comptes")).contains("Compte désactivé.");
        UUID idClaire = donnees.jdbc().sql("SELECT id FROM compte WHERE identifiant = ?").param(NOUVEL_ADMIN)
                .query(UUID.class).single();
        claire.post("/admin/comptes/" + idClaire + "/desactiver");
        assertThat(claire.page("/admin/comptes"))
                .contains("Le dernier administrateur actif de la plateforme ne peut pas être désactivé.");
        assertThat(actif(idClaire)).isTrue();
        assertThat(actif(acteurs.admin())).isFalse();
        new Visiteur(mvc, greenMail).connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/admin/connexion"));

        claire.post("/admin/comptes/" + acteurs.admin() + "/reactiver");
        assertThat(actif(acteurs.admin())).isTrue();
        assertThat(journal("COMPTE_CREE")).isEqualTo(1);
        assertThat(journal("COMPTE_DESACTIVE")).isEqualTo(1);
        assertThat(journal("COMPTE_REACTIVE")).isEqualTo(1);
        assertThat(journal("MOT_DE_PASSE_DEFINI")).isEqualTo(1);
    }

    @Test
    void aCommuneAdministratorIsResetWithANewLinkOrReplaced() throws Exception {
        admin.post("/admin/communes/92062/administrateurs/" + acteurs.adminCommune() + "/reinitialiser")
                .andExpect(status().isNotFound());
        admin.post("/admin/communes/92050/administrateurs/" + acteurs.agent() + "/reinitialiser")
                .andExpect(status().isNotFound());

        admin.post("/admin/communes/92050/administrateurs/" + acteurs.adminCommune() + "/reinitialiser")
                .andExpect(redirectedUrl("/admin/communes/92050/administrateurs"));
        assertThat(admin.page("/admin/communes/92050/administrateurs")).contains("Mot de passe retiré");
        new Visiteur(mvc, greenMail).connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs/connexion"));
        var mail = courriels.pour(DonneesDeTest.ADMIN_COMMUNE, 1);
        assertThat(mail.lien()).startsWith("/gs/mot-de-passe/definir?jeton=");
        definirMotDePasse(mail.lien());
        new Visiteur(mvc, greenMail).connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, NOUVEAU_MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));

        String page = admin.post("/admin/communes/92050/administrateurs/remplacer", "identifiant", "",
                "nom", "Garcia", "prenoms", "Léa").andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Indiquez l&#39;adresse électronique.").contains("value=\"Garcia\"");
        admin.post("/admin/communes/92050/administrateurs/remplacer", "ancien", acteurs.adminCommune().toString(),
                "identifiant", "lea.garcia@mairie-nanterre.exemple.fr", "nom", "Garcia", "prenoms", "Léa")
                .andExpect(redirectedUrl("/admin/communes/92050/administrateurs"));
        assertThat(admin.page("/admin/communes/92050/administrateurs")).contains("lea.garcia@mairie-nanterre.exemple.fr")
                .contains("Désactivé");
        assertThat(actif(acteurs.adminCommune())).isFalse();
        assertThat(courriels.pour("lea.garcia@mairie-nanterre.exemple.fr", 2).lien()).startsWith("/gs/mot-de-passe/");
        assertThat(journal("COMPTE_REMPLACE")).isEqualTo(1);
        assertThat(journal("MOT_DE_PASSE_REINITIALISE")).isEqualTo(1);

        // The replaced administrator is not reopened by a reset (the page offers none; a forged post is refused).
        admin.post("/admin/communes/92050/administrateurs/" + acteurs.adminCommune() + "/reinitialiser")
                .andExpect(redirectedUrl("/admin/communes/92050/administrateurs"));
        assertThat(admin.page("/admin/communes/92050/administrateurs")).contains("Ce compte est désactivé");
        assertThat(actif(acteurs.adminCommune())).isFalse();
        assertThat(journal("MOT_DE_PASSE_REINITIALISE")).isEqualTo(1);
    }

    @Test
    void unitsAndOfficersAreCreatedAndAnOfficerSetsAPassword() throws Exception {
        assertThat(admin.post("/admin/unites", "type", "BRIGADE_GENDARMERIE", "nom", "Brigade de Rueil",
                "departement", "9").andReturn().getResponse().getContentAsString())
                .contains("Saisissez un numéro de département, par exemple 92 ou 2A.");
        admin.post("/admin/unites", "type", "BRIGADE_GENDARMERIE", "nom", "Brigade de Rueil", "departement", "92");
        UUID unite = uniteNommee("Brigade de Rueil");
        assertThat(admin.page("/admin/unites")).contains("Brigade de Rueil");

        assertThat(admin.post("/admin/unites/" + unite + "/officiers", "identifiant", "lucas.petit@gendarmerie.exemple.fr",
                "nom", "Petit", "prenoms", "Lucas", "qualite", "APJ", "habilitationFin", "01/01/2020")
                .andReturn().getResponse().getContentAsString())
                .contains("La fin d&#39;habilitation ne peut pas être passée.");
        admin.post("/admin/unites/" + unite + "/officiers", "identifiant", "lucas.petit@gendarmerie.exemple.fr",
                "nom", "Petit", "prenoms", "Lucas", "qualite", "APJ", "habilitationFin", "2099-12-31")
                .andExpect(redirectedUrl("/admin/unites/" + unite));
        var mail = courriels.pour("lucas.petit@gendarmerie.exemple.fr", 1);
        assertThat(mail.lien()).startsWith("/police/mot-de-passe/definir?jeton=");
        definirMotDePasse(mail.lien());
        new Visiteur(mvc, greenMail).connecter("/police/connexion", "lucas.petit@gendarmerie.exemple.fr", NOUVEAU_MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
        assertThat(journal("UNITE_CREEE")).isEqualTo(1);

        admin.get("/admin/unites/" + UUID.randomUUID()).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerOrTheirWholeUnitIsDisabledAndAnOpenSessionEndsAtItsNextRequest() throws Exception {
        var officier = new Visiteur(mvc, greenMail);
        officier.connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
        officier.get("/police").andExpect(status().isOk());
        var id = acteurs.officier();
        String unite = "/admin/unites/" + acteurs.unite();

        admin.post(unite + "/officiers/" + id + "/activation", "actif", "false").andExpect(redirectedUrl(unite));
        officier.get("/police").andExpect(redirectedUrl("/police/connexion"));
        assertThat(admin.page(unite)).contains("Officier désactivé").contains("Réactiver " + DonneesDeTest.OFFICIER);
        assertThat(journal("COMPTE_DESACTIVE")).isEqualTo(1);

        admin.post(unite + "/officiers/" + id + "/activation", "actif", "true").andExpect(redirectedUrl(unite));
        var enSession = new Visiteur(mvc, greenMail);
        enSession.connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
        admin.post(unite + "/activation", "active", "false").andExpect(redirectedUrl(unite));
        enSession.get("/police").andExpect(redirectedUrl("/police/connexion"));
        new Visiteur(mvc, greenMail).connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police/connexion"));
        assertThat(admin.page(unite)).contains("id=\"unite-desactivee\"").contains("Réactiver l’unité");
        assertThat(journal("UNITE_DESACTIVEE")).isEqualTo(1);
        admin.post(unite + "/activation", "active", "true").andExpect(redirectedUrl(unite));
        new Visiteur(mvc, greenMail).connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police"));
        // An officer of another unit is not reached through this one.
        admin.post("/admin/unites/" + java.util.UUID.randomUUID() + "/officiers/" + id + "/activation", "actif",
                "false").andExpect(status().isConflict());
        // Back to the page the ended session last asked for (the login remembered it).
        officier.connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/police?continue"));
    }

    @Test
    void aCsvImportWithABadLineCreatesNobodyAndSaysWhichLinesAreWrong() throws Exception {
        String csv = """
                identifiant;nom;prenoms;qualite;habilitation_fin
                julie.martin@interieur.exemple.fr;Martin;Julie;APJ;31/12/2099
                pas-une-adresse;Durand;;CAPITAINE;2099-02-30
                julie.martin@interieur.exemple.fr;Martin;Julie;OPJ;31/12/2099
                opj.nanterre@exemple.fr;Moreau;Julien;OPJ
                """;
        importer(csv).andExpect(redirectedUrl("/admin/unites/" + acteurs.unite() + "#import"));
        String page = admin.page("/admin/unites/" + acteurs.unite());
        assertThat(page).contains("Aucun officier n'a été créé")
                .contains("Ligne 3 : L&#39;identifiant doit être l&#39;adresse électronique professionnelle ; "
                        + "le prénom est vide ; la qualité doit être OPJ ou APJ ; "
                        + "la date de fin d&#39;habilitation doit être au format JJ/MM/AAAA.")
                .contains("Ligne 4 : L&#39;identifiant julie.martin@interieur.exemple.fr figure déjà plus haut dans le fichier.")
                .contains("Ligne 5 : 5 colonnes attendues")
                .doesNotContain("Ligne 2 :");
        assertThat(officiers()).isEqualTo(1);

        importer("""
                julie.martin@interieur.exemple.fr;Martin;Julie;APJ;31/12/2099
                hugo.bernard@interieur.exemple.fr;Bernard;Hugo;opj;2099-06-30
                """);
        assertThat(admin.page("/admin/unites/" + acteurs.unite())).contains("2 officier(s) créé(s)")
                .contains("hugo.bernard@interieur.exemple.fr");
        assertThat(officiers()).isEqualTo(3);
        courriels.attendre(2);
        assertThat(journal("OFFICIERS_IMPORTES")).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions importer(String csv) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/admin/unites/" + acteurs.unite() + "/import")
                .file(new MockMultipartFile("fichier", "officiers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .cookie(admin.session()).with(csrf()));
    }

    private void definirMotDePasse(String lien) throws Exception {
        String jeton = lien.substring(lien.indexOf('=') + 1);
        String chemin = lien.substring(0, lien.indexOf('?'));
        new Visiteur(mvc, greenMail).post(chemin, "jeton", jeton, "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", NOUVEAU_MOT_DE_PASSE).andExpect(status().is3xxRedirection());
    }

    private UUID uniteNommee(String nom) {
        return donnees.jdbc().sql("SELECT id FROM unite WHERE nom = ?").param(nom).query(UUID.class).single();
    }

    private long officiers() {
        return donnees.jdbc().sql("SELECT count(*) FROM compte WHERE type = 'OFFICIER'").query(Long.class).single();
    }

    private boolean actif(UUID id) {
        return donnees.jdbc().sql("SELECT actif FROM compte WHERE id = ?").param(id).query(Boolean.class).single();
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
