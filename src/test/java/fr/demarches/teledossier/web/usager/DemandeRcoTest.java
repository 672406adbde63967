package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;

import fr.demarches.teledossier.regles.DateEnLettres;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.compte.Profils;
import fr.demarches.document.Documents;
import fr.demarches.document.TypeDocument;
import fr.demarches.document.Fichiers;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class DemandeRcoTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Comptes comptes;

    @Autowired
    Documents documents;

    @Autowired
    Profils profils;

    Visiteur visiteur;

    LocalDate aujourdhui;

    java.util.UUID usager;

    @BeforeEach
    void connecter() throws Exception {
        usager = donnees.acteurs().usager();
        aujourdhui = LocalDate.now(donnees.horloge());
        visiteur = new Visiteur(mvc);
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSixteenYearOldFillsEveryStepWithAnUnknownFatherAndSubmitsOnce() throws Exception {
        identite(aujourdhui.minusYears(16).minusDays(10)).andExpect(redirectedUrl("/demarches/rco/domicile"));
        remplirJusquAuxPieces();

        String recapitulatif = visiteur.page("/demarches/rco/recapitulatif");
        assertThat(recapitulatif).contains("Non connu").contains("carte.png").doesNotContain("ne peut pas encore")
                .doesNotContain("régularisation");
        var m = Pattern.compile("name=\"cleIdempotence\" value=\"([0-9a-f-]{36})\"").matcher(recapitulatif);
        assertThat(m.find()).isTrue();
        String url = visiteur.post("/demarches/rco/envoi", "cleIdempotence", m.group(1), "engagement", "true")
                .andExpect(redirectedUrlPattern("/demarches/confirmation/A-*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(visiteur.post("/demarches/rco/envoi", "cleIdempotence", m.group(1), "engagement", "true")
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(url);

        var jdbc = donnees.jdbc();
        assertThat(jdbc.sql("SELECT count(*) FROM teledossier WHERE procedure = 'RCO'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT donnees->'pere'->>'inconnu' FROM teledossier").query(String.class).single()).isEqualTo("true");
        assertThat(jdbc.sql("SELECT donnees->'mere'->'lieuNaissance'->>'pays' FROM teledossier").query(String.class).single())
                .isEqualTo("POL");
        assertThat(jdbc.sql("SELECT donnees->'domicile'->>'extension' FROM teledossier").query(String.class).single())
                .isEqualTo("bis");
        assertThat(jdbc.sql("SELECT type FROM teledossier_piece").query(String.class).list()).containsExactly("PIECE_IDENTITE");
        assertThat(visiteur.page("/tableau-de-bord")).contains("Recensement citoyen obligatoire");
    }

    @Test
    void beforeSixteenTheRequestIsRefusedWithTheDateToComeBack() throws Exception {
        var naissance = aujourdhui.minusYears(16).plusDays(3);
        String page = identite(naissance).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("revenez à partir du " + DateEnLettres.de(naissance.plusYears(16)))
                .contains("href=\"#dateNaissance\"");
    }

    @Test
    void fromTwentyFiveTheRequestIsRefusedWithTheRightContact() throws Exception {
        String page = identite(aujourdhui.minusYears(25)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("centre du service national");
    }

    @Test
    void afterTheThreeMonthsTheRequestIsARegularisation() throws Exception {
        identite(aujourdhui.minusYears(16).minusMonths(5)).andExpect(redirectedUrl("/demarches/rco/domicile"));
        assertThat(visiteur.page("/demarches/rco/recapitulatif")).contains("régularisation");
    }

    @Test
    void aParentMustBeDescribedOrDeclaredUnknown() throws Exception {
        String page = visiteur.post("/demarches/rco/filiation", "mere.nom", "Durand").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saisissez le nom de famille de votre père.")
                .contains("Saisissez les prénoms de votre mère.").contains("value=\"Durand\"");
    }

    @Test
    void theFamilyBookletIsOptionalAndCanBeLeftOutAfterBeingChosen() throws Exception {
        var identite = document(TypeDocument.PIECE_IDENTITE, "carte.pdf");
        var livret = document(TypeDocument.LIVRET_FAMILLE, "livret.pdf");
        assertThat(visiteur.page("/demarches/rco/pieces")).contains("livret.pdf").contains("Ne pas joindre ce document");
        visiteur.post("/demarches/rco/pieces", "pieceIdentite", identite, "pieceLivret", livret)
                .andExpect(redirectedUrl("/demarches/rco/recapitulatif"));
        assertThat(visiteur.page("/demarches/rco/recapitulatif")).contains("Livret de famille : livret.pdf");
        visiteur.post("/demarches/rco/pieces", "pieceIdentite", identite, "pieceLivret", "")
                .andExpect(redirectedUrl("/demarches/rco/recapitulatif"));
        assertThat(visiteur.page("/demarches/rco/recapitulatif")).doesNotContain("livret.pdf");
    }

    @Test
    void becomingFrenchAtEighteenGivesTheMonthAfterWithoutTheLateWarningAndTheGroundIsInTheDossier() throws Exception {
        var naissance = aujourdhui.minusYears(18);
        identite(naissance, "acquisitionNationalite", "OUI", "dateAcquisition", "32/13/2020")
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Saisissez la date d&#39;acquisition de la nationalité française"));
        identite(naissance, "acquisitionNationalite", "OUI", "dateAcquisition", fr.demarches.shared.Dates.JOUR.format(aujourdhui.minusDays(10)))
                .andExpect(redirectedUrl("/demarches/rco/domicile"));
        assertThat(visiteur.page("/demarches/rco/recapitulatif")).doesNotContain("régularisation")
                .contains("Recensement dans le mois qui suit l&#39;acquisition de la nationalité française")
                .contains("Oui, le " + fr.demarches.shared.Dates.JOUR.format(aujourdhui.minusDays(10)));

        remplirJusquAuxPieces();
        String numero = envoyer();
        assertThat(donnees.jdbc().sql("SELECT donnees->>'acquisitionNationalite' FROM teledossier WHERE numero = ?")
                .param(numero).query(String.class).single()).isEqualTo(aujourdhui.minusDays(10).toString());

        // The same young person without the acquisition: a late regularisation, with its warning.
        identite(naissance, "acquisitionNationalite", "NON").andExpect(redirectedUrl("/demarches/rco/domicile"));
        assertThat(visiteur.page("/demarches/rco/recapitulatif")).contains("régularisation");
    }

    @Test
    void pastTwentyFiveTheMonthAfterAnAcquisitionBeforeTwentyFiveIsStillOpen() throws Exception {
        var naissance = aujourdhui.minusYears(25).minusDays(5);
        String acquise = fr.demarches.shared.Dates.JOUR.format(naissance.plusYears(25).minusDays(1));
        identite(naissance, "acquisitionNationalite", "OUI", "dateAcquisition", acquise)
                .andExpect(redirectedUrl("/demarches/rco/domicile"));
        identite(naissance, "acquisitionNationalite", "NON").andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("centre du service national"));
    }

    @Test
    void aParentFillsInForTheirChildTheChildsIdentityIsTypedAndTheParentIsTheDeclarant() throws Exception {
        profils.enregistrer(DonneesDeTest.acteurUsager(usager), new ProfilUsager("F", "Wróbel", null, "Łucja",
                LocalDate.of(1980, 5, 3), null, "Pologne", "Kraków", "Polonaise", "12 rue des Écoles", null, "92000",
                DonneesDeTest.NANTERRE, "0612345678"), null);
        visiteur.get("/demarches/rco").andExpect(redirectedUrl("/demarches/rco/declarant"));
        assertThat(visiteur.page("/demarches/rco/declarant")).contains("Qui remplit cette demande ?")
                .contains("Étape 1 sur 7");
        visiteur.post("/demarches/rco/declarant", "declarant", "MERE").andExpect(redirectedUrl("/demarches/rco/identite"));

        // Not the parent's profile: the civil status is empty, the address and phone stay, no profile update.
        String identite = visiteur.page("/demarches/rco/identite");
        assertThat(identite).contains("Saisissez l'identité de la personne à recenser (votre enfant)")
                .doesNotContain("value=\"Wróbel\"").doesNotContain("value=\"Łucja\"").doesNotContain("majProfil");
        visiteur.post("/demarches/rco/identite", "sexe", "M", "nomFamille", "Kowalski", "prenoms", "Jan",
                "dateNaissance", fr.demarches.shared.Dates.JOUR.format(aujourdhui.minusYears(16).minusDays(3)), "lieuNaissance", "ETRANGER",
                "naissancePays", "POL", "naissanceLocalite", "Kraków", "nationalite", "FRANCAISE",
                "acquisitionNationalite", "NON", "majProfil", "true").andExpect(redirectedUrl("/demarches/rco/domicile"));
        assertThat(profils.de(usager).orElseThrow().nomNaissance()).isEqualTo("Wróbel");
        // Coming back to the first step without changing the answer keeps what was typed.
        visiteur.post("/demarches/rco/declarant", "declarant", "MERE").andExpect(redirectedUrl("/demarches/rco/identite"));
        assertThat(visiteur.page("/demarches/rco/identite")).contains("value=\"Kowalski\"");

        remplirJusquAuxPieces();
        String recapitulatif = visiteur.page("/demarches/rco/recapitulatif");
        assertThat(recapitulatif).contains("Łucja Wróbel (Mère)").contains("Identité de la personne à recenser")
                .contains("Kowalski").contains("Kraków (Pologne)").contains("Masculin");
        String numero = envoyer();
        var jdbc = donnees.jdbc();
        assertThat(jdbc.sql("SELECT donnees->>'nomFamille' || ' ' || (donnees->'declarant'->>'qualite') || ' '"
                + " || (donnees->'declarant'->>'nom') FROM teledossier WHERE numero = ?").param(numero)
                .query(String.class).single()).isEqualTo("Kowalski MERE Wróbel");
    }

    /** A parent represents a minor only: for a young adult (late census, until 25) the form says who may file. */
    @Test
    void aParentCannotFileForAnAdult() throws Exception {
        visiteur.post("/demarches/rco/declarant", "declarant", "MERE", "declarantNom", "Wróbel", "declarantPrenoms",
                "Łucja").andExpect(redirectedUrl("/demarches/rco/identite"));
        String page = visiteur.post("/demarches/rco/identite", "sexe", "M", "nomFamille", "Kowalski", "prenoms", "Jan",
                "dateNaissance", fr.demarches.shared.Dates.JOUR.format(aujourdhui.minusYears(20)), "lieuNaissance",
                "ETRANGER", "naissancePays", "POL", "naissanceLocalite", "Kraków", "nationalite", "FRANCAISE",
                "acquisitionNationalite", "NON").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La personne à recenser est majeure : elle fait elle-même sa demande");
    }

    @Test
    void aParentReadsAboutTheYoungPersonNotAboutThemselves() throws Exception {
        visiteur.post("/demarches/rco/declarant", "declarant", "PERE", "declarantNom", "Kowalski", "declarantPrenoms",
                "Piotr").andExpect(redirectedUrl("/demarches/rco/identite"));

        assertThat(visiteur.page("/demarches/rco/identite")).contains("Nationalité de la personne à recenser")
                .contains("La personne à recenser est née").contains("veille de ses 25 ans")
                .doesNotContain("Votre nationalité").doesNotContain("vos 25 ans");
        String page = visiteur.post("/demarches/rco/identite", "nationalite", "").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saisissez le nom de famille de la personne à recenser.")
                .contains("Saisissez les prénoms de la personne à recenser.")
                .contains("Saisissez la date de naissance de la personne à recenser.")
                .contains("Indiquez la nationalité de la personne à recenser.").doesNotContain("Saisissez vos prénoms.");
        assertThat(visiteur.page("/demarches/rco/domicile"))
                .contains("La demande est envoyée à la mairie du domicile de la personne à recenser.")
                .contains("La personne à recenser réside habituellement à une autre adresse")
                .doesNotContain("Je réside");
        page = visiteur.post("/demarches/rco/domicile", "adresse", "", "residenceDifferente", "true")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saisissez le numéro et la voie du domicile de la personne à recenser.")
                .contains("Saisissez la commune de la résidence de la personne à recenser.");
        page = visiteur.post("/demarches/rco/famille", "nombreEnfants", "").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La personne à recenser est-elle pupille").doesNotContain("Êtes-vous pupille")
                .contains("Indiquez la situation matrimoniale de la personne à recenser.")
                .contains("Saisissez le nombre d&#39;enfants de la personne à recenser, par exemple 0.");
        page = visiteur.post("/demarches/rco/filiation", "mere.nom", "Durand").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Père de la personne à recenser")
                .contains("Saisissez le nom de famille du père de la personne à recenser.")
                .contains("Saisissez les prénoms de la mère de la personne à recenser.").doesNotContain("Votre père");
    }

    @Test
    void aDeclarantOtherThanTheYoungPersonMustGiveTheirName() throws Exception {
        String page = visiteur.post("/demarches/rco/declarant", "declarant", "REPRESENTANT_LEGAL", "declarantNom", "",
                "declarantPrenoms", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saisissez votre nom.").contains("Saisissez vos prénoms.");
        page = visiteur.post("/demarches/rco/declarant", "declarant", "VOISIN").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Indiquez qui remplit cette demande.");
    }

    @Test
    void aPostalCodeServingOneCommuneChoosesItAndSeveralShowTheirListAtOnce() throws Exception {
        visiteur.post("/demarches/rco/domicile", "action", "continuer", "adresse", "1 rue Haute", "codePostal", "92000",
                "communeInsee", "").andExpect(redirectedUrl("/demarches/rco/famille"));
        String page = visiteur.post("/demarches/rco/domicile", "action", "continuer", "adresse", "1 rue Haute",
                "codePostal", "01400", "communeInsee", DonneesDeTest.NANTERRE).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<select class=\"fr-select fr-select--error\" id=\"communeInsee\"")
                .contains("Sélectionner la commune").contains("href=\"#communeInsee\"");
    }

    @Test
    void theReviewShowsEveryFieldTyped() throws Exception {
        identite(aujourdhui.minusYears(16).minusDays(10)).andExpect(redirectedUrl("/demarches/rco/domicile"));
        remplirJusquAuxPieces();
        assertThat(visiteur.page("/demarches/rco/recapitulatif")).contains("La personne à recenser")
                .contains("Féminin", "Gérard-Lefèvre", "Éloïse Marie", "Nanterre (92)", "25 bis allée Camille Muffat",
                        "Internat du lycée, 06000 Nice", "01 47 00 00 00", "Célibataire", "Pupille de la Nation",
                        "Non connu", "Wróbel", "Né(e) le 03/05/1980", "à Kraków (Pologne)", "Nationalité : Polonaise");
    }

    /** Domicile, family and parents as a 16-year-old would type them, then the identity piece. */
    private void remplirJusquAuxPieces() throws Exception {
        visiteur.post("/demarches/rco/domicile", "adresse", "25 bis allée Camille Muffat", "codePostal", "92000",
                "communeInsee", DonneesDeTest.NANTERRE, "residenceDifferente", "true", "residenceAdresse",
                "Internat du lycée", "residenceCodePostal", "06000", "residenceLocalite", "Nice",
                "telephone", "01 47 00 00 00").andExpect(redirectedUrl("/demarches/rco/famille"));
        visiteur.post("/demarches/rco/famille", "situationMatrimoniale", "CELIBATAIRE", "nombreEnfants", "0",
                "nombreFreresSoeurs", "2", "pupille", "NATION").andExpect(redirectedUrl("/demarches/rco/filiation"));
        visiteur.post("/demarches/rco/filiation", "pere.inconnu", "true", "mere.nom", "Wróbel", "mere.prenoms", "Łucja",
                "mere.dateNaissance", "03/05/1980", "mere.lieu", "ETRANGER", "mere.pays", "POL", "mere.ville", "Kraków",
                "mere.nationalite", "Polonaise").andExpect(redirectedUrl("/demarches/rco/pieces"));
        visiteur.executer(multipart("/demarches/rco/pieces")
                .file(new MockMultipartFile("fichierIdentite", "carte.png", "image/png", Fichiers.png(3000))).with(csrf()))
                .andExpect(redirectedUrl("/demarches/rco/recapitulatif"));
    }

    /** Signs and sends the request; its number. */
    private String envoyer() throws Exception {
        var m = Pattern.compile("name=\"cleIdempotence\" value=\"([0-9a-f-]{36})\"")
                .matcher(visiteur.page("/demarches/rco/recapitulatif"));
        assertThat(m.find()).isTrue();
        String url = visiteur.post("/demarches/rco/envoi", "cleIdempotence", m.group(1), "engagement", "true")
                .andExpect(redirectedUrlPattern("/demarches/confirmation/A-*")).andReturn().getResponse().getRedirectedUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String document(TypeDocument type, String nom) {
        byte[] octets = Fichiers.pdf(800);
        return documents.deposer(DonneesDeTest.acteurUsager(usager), type, nom,
                new java.io.ByteArrayInputStream(octets), octets.length).id().toString();
    }

    private org.springframework.test.web.servlet.ResultActions identite(LocalDate date, String... autres)
            throws Exception {
        String naissance = fr.demarches.shared.Dates.JOUR.format(date);
        var champs = new java.util.ArrayList<>(java.util.List.of("sexe", "F", "nomFamille", "Gérard-Lefèvre", "prenoms",
                "Éloïse Marie", "dateNaissance", naissance, "lieuNaissance", "FRANCE", "codePostalNaissance", "92000",
                "naissanceCommuneInsee", DonneesDeTest.NANTERRE, "nationalite", "FRANCAISE"));
        champs.addAll(java.util.List.of(autres));
        return visiteur.post("/demarches/rco/identite", champs.toArray(String[]::new));
    }
}
