package fr.demarches.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.demarches.commune.Referentiel;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.IdentitesExternes;
import fr.demarches.compte.Profils;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class InformationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Profils profils;

    @Autowired
    Referentiel referentiel;

    @Autowired
    Comptes comptes;

    @Autowired
    IdentitesExternes identites;

    DonneesDeTest.Acteurs acteurs;

    Visiteur visiteur;

    @BeforeEach
    void connecter() throws Exception {
        acteurs = donnees.acteurs();
        visiteur = new Visiteur(mvc);
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void theCommunesAreChosenByPostalCodeWithoutJavascriptThenTheProfileIsSavedAndPrefillsTheForm() throws Exception {
        assertThat(visiteur.page("/compte/informations")).contains("Mes informations").contains("value=\"Fran&ccedil;aise\"");

        String page = visiteur.post("/compte/informations", champs("action", "chercher-adresse", "communeInsee", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Le formulaire contient des erreurs")
                .contains("value=\"Martin\"").contains("value=\"7 rue des Tilleuls\"")
                .containsPattern("<option value=\"92050\"[^>]*selected[^>]*>Nanterre \\(92\\)</option>");

        List<String> plusieurs = referentiel.parCodePostal("01400").stream().map(c -> c.codeInsee()).toList();
        assertThat(plusieurs).hasSizeGreaterThan(1);
        page = visiteur.post("/compte/informations", champs("action", "chercher-naissance", "codePostalNaissance", "01400"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sélectionner la commune").contains("value=\"" + plusieurs.get(1) + "\"");

        visiteur.post("/compte/informations", champs("naissanceCommuneInsee", plusieurs.get(1), "codePostalNaissance", "01400"))
                .andExpect(redirectedUrl("/compte/informations"));
        var profil = profils.de(acteurs.usager()).orElseThrow();
        assertThat(profil.nomNaissance()).isEqualTo("Martin");
        assertThat(profil.dateNaissance()).isEqualTo(LocalDate.of(1990, 7, 14));
        assertThat(profil.naissanceCommuneInsee()).isEqualTo(plusieurs.get(1));
        assertThat(profil.communeInsee()).isEqualTo("92050");
        assertThat(profil.naissancePays()).isNull();

        page = visiteur.page("/compte/informations");
        assertThat(page).contains("Vos informations sont enregistrées.").contains("value=\"Martin\"")
                .contains("value=\"1990-07-14\"").contains("value=\"06 12 34 56 78\"")
                .containsPattern("<option value=\"" + plusieurs.get(1) + "\"[^>]*selected");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROFIL_MODIFIE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aForeignBirthPlaceIsACountryAndATown() throws Exception {
        visiteur.post("/compte/informations", champs("lieuNaissance", "ETRANGER", "naissancePays", "Belgique",
                "naissanceLocalite", "Liège", "dateNaissance", "02/03/1985")).andExpect(redirectedUrl("/compte/informations"));
        var profil = profils.de(acteurs.usager()).orElseThrow();
        assertThat(profil.naissancePays()).isEqualTo("Belgique");
        assertThat(profil.naissanceLocalite()).isEqualTo("Liège");
        assertThat(profil.naissanceCommuneInsee()).isNull();
        assertThat(profil.dateNaissance()).isEqualTo(LocalDate.of(1985, 3, 2));
    }

    @Test
    void everyMissingOrWrongFieldIsShownBesideItAndInTheSummaryAndTheRestIsKept() throws Exception {
        String page = visiteur.post("/compte/informations", "action", "enregistrer", "nomUsage", "Dupont",
                "telephone", "abc", "dateNaissance", "31/02/2000", "codePostal", "123").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient des erreurs");
        for (String champ : new String[] {"sexe", "nomNaissance", "prenoms", "dateNaissance", "lieuNaissance", "adresse",
            "codePostal", "telephone"}) {
            assertThat(page).contains("href=\"#" + champ + "\"");
        }
        assertThat(page).contains("Indiquez votre sexe.").contains("Saisissez une date de naissance valide")
                .contains("Saisissez un numéro de téléphone valide").contains("5 chiffres, par exemple 92000")
                .contains("value=\"Dupont\"").contains("value=\"abc\"").contains("fr-fieldset--error");
        assertThat(profils.de(acteurs.usager())).isEmpty();
    }

    @Test
    void aCommuneThatTheAddressPostalCodeDoesNotServeIsRefusedWhenTheCodeServesSeveral() throws Exception {
        String page = visiteur.post("/compte/informations", champs("codePostal", "01400", "communeInsee", "75056"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez la commune de votre adresse dans la liste.")
                .contains("Sélectionner la commune");
        assertThat(profils.de(acteurs.usager())).isEmpty();
    }

    @Test
    void aPostalCodeThatServesOneCommuneChoosesItWithoutTheSearchButton() throws Exception {
        visiteur.post("/compte/informations", champs("codePostal", "92000", "communeInsee", "",
                "codePostalNaissance", "92000", "naissanceCommuneInsee", "75056"))
                .andExpect(redirectedUrl("/compte/informations"));
        var profil = profils.de(acteurs.usager()).orElseThrow();
        assertThat(profil.communeInsee()).isEqualTo("92050");
        assertThat(profil.naissanceCommuneInsee()).isEqualTo("92050");
    }

    @Test
    void aCitizenOnlyEverSeesTheirOwnProfile() throws Exception {
        visiteur.post("/compte/informations", champs()).andExpect(redirectedUrl("/compte/informations"));
        comptes.creerUsager("autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        var autre = new Visiteur(mvc);
        autre.connecter("/connexion", "autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE);
        assertThat(autre.page("/compte/informations")).doesNotContain("Martin").doesNotContain("7 rue des Tilleuls");
        new Visiteur(mvc).get("/compte/informations").andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void anExternalIdentityOpensOneAccountAndGoesWithIt() {
        assertThat(identites.lier(acteurs.usager(), "franceconnect", "sub-123")).isTrue();
        var autre = comptes.creerUsager("autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        assertThat(identites.lier(autre, "franceconnect", "sub-123")).isFalse();
        assertThat(identites.compteDe("franceconnect", "sub-123")).contains(acteurs.usager());
        // Nor does an account carry two identities of one provider: the database refuses it (V216), whatever
        // checks two links at once made before.
        assertThat(identites.lier(acteurs.usager(), "franceconnect", "sub-456")).isFalse();
        assertThat(identites.compteDe("franceconnect", "sub-456")).isEmpty();
        donnees.jdbc().sql("DELETE FROM compte WHERE id = ?").param(acteurs.usager()).update();
        assertThat(identites.compteDe("franceconnect", "sub-123")).isEmpty();
    }

    /** A complete, valid form; pairs given override or add fields. */
    private static String[] champs(String... remplacements) {
        var valeurs = new java.util.LinkedHashMap<String, String>();
        String[] base = {"action", "enregistrer", "sexe", "F", "nomNaissance", "Martin", "nomUsage", "", "prenoms",
            "Camille Marie", "dateNaissance", "1990-07-14", "lieuNaissance", "FRANCE", "codePostalNaissance", "92000",
            "naissanceCommuneInsee", "92050", "naissancePays", "", "naissanceLocalite", "", "nationalite", "Française",
            "adresse", "7 rue des Tilleuls", "complementAdresse", "", "codePostal", "92000", "communeInsee", "92050",
            "telephone", "06 12 34 56 78"};
        for (int i = 0; i < base.length; i += 2) {
            valeurs.put(base[i], base[i + 1]);
        }
        for (int i = 0; i < remplacements.length; i += 2) {
            valeurs.put(remplacements[i], remplacements[i + 1]);
        }
        var liste = new ArrayList<String>();
        valeurs.forEach((k, v) -> {
            liste.add(k);
            liste.add(v);
        });
        return liste.toArray(String[]::new);
    }
}
