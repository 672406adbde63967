package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.compte.Comptes;
import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.Metriques;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class DemandeIleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Documents documents;

    @Autowired
    Comptes comptes;

    @Autowired
    GreenMail courriels;

    @Autowired
    fr.demarches.compte.Profils profils;

    @LocalManagementPort
    int portGestion;

    DonneesDeTest.Acteurs acteurs;

    Visiteur visiteur;

    @BeforeEach
    void connecter() throws Exception {
        acteurs = donnees.acteurs();
        visiteur = connecte(DonneesDeTest.USAGER);
    }

    @Test
    void aStepOfAnotherProcedureOrOfNoneIsNotFound() throws Exception {
        visiteur.get("/demarches/ile/commune").andExpect(status().isOk());
        visiteur.get("/demarches/ile/famille").andExpect(status().isNotFound());
        visiteur.post("/demarches/ile/filiation", "nomPere", "Martin").andExpect(status().isNotFound());
        visiteur.get("/demarches/ile/inconnue").andExpect(status().isNotFound());
        visiteur.get("/demarches/rco/commune").andExpect(status().isNotFound());
    }

    @Test
    void aFrenchCitizenFillsEveryStepAndSubmitsOnceWithFrozenPieces() throws Exception {
        UUID identite = document(acteurs.usager(), TypeDocument.PIECE_IDENTITE, "carte.pdf");
        remplirJusquAuxPieces(visiteur);
        visiteur.post("/demarches/ile/pieces", "pieceIdentite", identite.toString())
                .andExpect(status().isOk());
        // The proof of address is uploaded on the step itself.
        visiteur.executer(multipart("/demarches/ile/pieces")
                .file(new MockMultipartFile("fichierAttache", "facture.pdf", "application/pdf", Fichiers.pdf(2000)))
                .param("pieceIdentite", identite.toString()).with(csrf()))
                .andExpect(redirectedUrl("/demarches/ile/recapitulatif"));

        String recapitulatif = visiteur.page("/demarches/ile/recapitulatif");
        assertThat(recapitulatif).contains("Martin").contains("carte.pdf").contains("facture.pdf")
                .contains("Nanterre (92)").doesNotContain("ne peut pas encore");
        String cle = cle(recapitulatif);
        String deposes = "demarches_teledossiers_deposes_total{procedure=\"ILE\"}";
        double avant = Metriques.lire(portGestion).valeur(deposes);

        String premier = visiteur.post("/demarches/ile/envoi", "cleIdempotence", cle, "engagement", "true")
                .andExpect(redirectedUrlPattern("/demarches/confirmation/A-*")).andReturn().getResponse().getRedirectedUrl();
        String second = visiteur.post("/demarches/ile/envoi", "cleIdempotence", cle, "engagement", "true")
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(premier);
        // Scraped as Prometheus does, on the management port: one submission, the replayed form not counted.
        var apres = Metriques.lire(portGestion);
        assertThat(apres.valeur(deposes)).isEqualTo(avant + 1);
        assertThat(apres.valeur("demarches_teledossiers_deposes_total{procedure=\"RCO\"}")).isNotNegative();
        String numero = premier.substring(premier.lastIndexOf('/') + 1);

        var jdbc = donnees.jdbc();
        assertThat(jdbc.sql("SELECT count(*) FROM teledossier").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT donnees->>'nomNaissance' FROM teledossier").query(String.class).single()).isEqualTo("Martin");
        assertThat(jdbc.sql("SELECT donnees->>'codeInseeInscription' FROM teledossier").query(String.class).single())
                .isEqualTo(DonneesDeTest.NANTERRE);
        assertThat(jdbc.sql("SELECT donnees->'adresse'->>'numeroVoie' || '|' || (donnees->'adresse'->>'nomVoie') FROM teledossier")
                .query(String.class).single()).isEqualTo("7|rue des Tilleuls");
        assertThat(jdbc.sql("SELECT type FROM teledossier_piece ORDER BY ordre").query(String.class).list())
                .containsExactly("PIECE_IDENTITE", "JUSTIFICATIF_DOMICILE");
        assertThat(jdbc.sql("SELECT count(*) FROM brouillon").query(Long.class).single()).isZero();

        // Deleting the original leaves the frozen copy attached to the request.
        visiteur.post("/documents/" + identite + "/suppression");
        assertThat(jdbc.sql("SELECT count(*) FROM document WHERE id = ?").param(identite).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM teledossier_piece p JOIN document_fige f ON f.id = p.document_fige_id "
                + "WHERE f.nom_original = 'carte.pdf'").query(Long.class).single()).isEqualTo(1);

        assertThat(visiteur.page(premier)).contains(numero).contains("Nanterre (92)");
        String tableau = visiteur.page("/tableau-de-bord");
        assertThat(tableau).contains(numero).contains("Dossier transmis au service traitant").contains("Nanterre (92)");
        var accuse = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 2).getFirst();
        assertThat(accuse.getSubject()).contains(numero);
    }

    /** A NUL character in a field (PostgreSQL refuses it in the draft's JSON) no longer makes the step fail. */
    @Test
    void aNulCharacterIsTakenOutAndTheStepAnswers() throws Exception {
        situationEtIdentite("Kowal\u0000ska");
        assertThat(visiteur.page("/demarches/ile/identite")).contains("value=\"Kowalska\"");
    }

    @Test
    void theDraftIsKeptBetweenSessionsAndPrefilledFromTheProfile() throws Exception {
        situationEtIdentite("Kowalska");

        var plusTard = connecte(DonneesDeTest.USAGER);
        String situation = plusTard.page("/demarches/ile/situation");
        assertThat(situation).containsPattern("value=\"UE\"[^>]*checked").containsPattern("value=\"POL\"[^>]*selected")
                .containsPattern("value=\"EUROPEENNE\"[^>]*checked");
        assertThat(plusTard.page("/demarches/ile/identite")).contains("value=\"Kowalska\"").contains("value=\"Anna\"");
        assertThat(plusTard.page("/tableau-de-bord")).contains("Reprendre l");
    }

    @Test
    void eachStepShowsItsErrorsBesideTheFieldsAndInASummaryAndKeepsWhatWasTyped() throws Exception {
        String page = visiteur.post("/demarches/ile/situation", "nationalite", "UE").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient des erreurs").contains("href=\"#paysUe\"")
                .contains("href=\"#listes\"").contains("Choisissez au moins une liste")
                .containsPattern("value=\"UE\"[^>]*checked");

        page = visiteur.post("/demarches/ile/identite", "sexe", "F", "nomNaissance", "", "prenoms", "Camille",
                "dateNaissance", "31/02/2000", "lieuNaissance", "ETRANGER", "naissanceLocalite", "Lisbonne")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#nomNaissance\"").contains("Saisissez votre nom de naissance.")
                .contains("href=\"#dateNaissance\"").contains("Choisissez le pays de naissance.")
                .contains("value=\"Camille\"").contains("value=\"Lisbonne\"").contains("value=\"31/02/2000\"")
                .contains("fr-input-group--error").contains("aria-describedby=\"nomNaissance-erreur\"");
    }

    @Test
    void aCommuneThatIsNotConnectedIsExplainedWithThePaperRoute() throws Exception {
        String page = visiteur.post("/demarches/ile/commune", "codePostalInscription", "92800",
                "communeInscription", "92062").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Puteaux (92) ne reçoit pas les demandes d&#39;inscription en ligne")
                .contains("Puteaux (92) ne reçoit pas les demandes en ligne").contains("12669")
                .contains("service-public.fr");
    }

    @Test
    void anotherCitizensDocumentCannotBeAttached() throws Exception {
        var autre = comptes.creerUsager("autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        UUID sienne = document(autre, TypeDocument.PIECE_IDENTITE, "autre.pdf");
        UUID justificatif = document(acteurs.usager(), TypeDocument.JUSTIFICATIF_DOMICILE, "facture.pdf");
        String page = visiteur.post("/demarches/ile/pieces", "pieceIdentite", sienne.toString(), "pieceAttache",
                justificatif.toString()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez votre pièce d&#39;identité").doesNotContain("autre.pdf");
    }

    @Test
    void aCitizenNeverSeesAnotherCitizensRequest() throws Exception {
        UUID identite = document(acteurs.usager(), TypeDocument.PIECE_IDENTITE, "carte.pdf");
        UUID justificatif = document(acteurs.usager(), TypeDocument.JUSTIFICATIF_DOMICILE, "facture.pdf");
        remplirJusquAuxPieces(visiteur);
        visiteur.post("/demarches/ile/pieces", "pieceIdentite", identite.toString(), "pieceAttache", justificatif.toString());
        String cle = cle(visiteur.page("/demarches/ile/recapitulatif"));
        String confirmation = visiteur.post("/demarches/ile/envoi", "cleIdempotence", cle, "engagement", "true")
                .andReturn().getResponse().getRedirectedUrl();
        String numero = confirmation.substring(confirmation.lastIndexOf('/') + 1);

        comptes.creerUsager("autre@exemple.fr", DonneesDeTest.MOT_DE_PASSE, true);
        var autre = connecte("autre@exemple.fr");
        autre.get(confirmation).andExpect(status().isNotFound());
        assertThat(autre.page("/tableau-de-bord")).doesNotContain(numero);
        // Replaying the first citizen's key creates nothing and reveals nothing.
        autre.post("/demarches/ile/envoi", "cleIdempotence", cle, "engagement", "true")
                .andExpect(redirectedUrl("/demarches/ile/situation"));
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void submittingWithoutSigningIsRefusedOnTheReviewPage() throws Exception {
        remplirJusquAuxPieces(visiteur);
        String cle = cle(visiteur.page("/demarches/ile/recapitulatif"));
        String page = visiteur.post("/demarches/ile/envoi", "cleIdempotence", cle).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#engagement\"").contains("href=\"/demarches/ile/pieces\"");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier").query(Long.class).single()).isZero();
    }

    @Test
    void theCitizenMayKeepTheCivilStatusTypedInTheirProfile() throws Exception {
        visiteur.post("/demarches/ile/situation", "nationalite", "UE", "paysUe", "POL", "listes", "MUNICIPALE");
        visiteur.post("/demarches/ile/identite", "sexe", "M", "nomNaissance", "Łukasiewicz", "prenoms", "Mikołaj",
                "dateNaissance", "14/07/1990", "lieuNaissance", "ETRANGER", "naissancePays", "POL",
                "naissanceLocalite", "Gdańsk", "majProfil", "true").andExpect(redirectedUrl("/demarches/ile/adresse"));
        var profil = profils.de(acteurs.usager()).orElseThrow();
        assertThat(profil.nomNaissance()).isEqualTo("Łukasiewicz");
        assertThat(profil.naissancePays()).isEqualTo("Pologne");
        assertThat(profil.nationalite()).isEqualTo("Polonaise");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROFIL_MODIFIE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutTheBoxTheProfileIsLeftAlone() throws Exception {
        visiteur.post("/demarches/ile/identite", "sexe", "M", "nomNaissance", "Dupont", "prenoms", "Jean",
                "dateNaissance", "14/07/1990", "lieuNaissance", "ETRANGER", "naissancePays", "BEL",
                "naissanceLocalite", "Liège").andExpect(redirectedUrl("/demarches/ile/adresse"));
        assertThat(profils.de(acteurs.usager())).isEmpty();
    }

    private void remplirJusquAuxPieces(Visiteur v) throws Exception {
        v.post("/demarches/ile/situation", "nationalite", "FRANCAISE").andExpect(redirectedUrl("/demarches/ile/identite"));
        v.post("/demarches/ile/identite", "sexe", "F", "nomNaissance", "Martin", "prenoms", "Camille Marie",
                "dateNaissance", "14/07/1990", "lieuNaissance", "FRANCE", "codePostalNaissance", "92000",
                "naissanceCommuneInsee", DonneesDeTest.NANTERRE).andExpect(redirectedUrl("/demarches/ile/adresse"));
        v.post("/demarches/ile/adresse", "adresse", "7 rue des Tilleuls", "codePostal", "92000", "communeInsee",
                DonneesDeTest.NANTERRE, "attache", "DOMICILE").andExpect(redirectedUrl("/demarches/ile/commune"));
        v.post("/demarches/ile/commune", "codePostalInscription", "92000", "communeInscription", DonneesDeTest.NANTERRE)
                .andExpect(redirectedUrl("/demarches/ile/pieces"));
    }

    private Visiteur connecte(String courriel) throws Exception {
        var v = new Visiteur(mvc);
        v.connecter("/connexion", courriel, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        return v;
    }

    private UUID document(UUID proprietaire, TypeDocument type, String nom) {
        byte[] octets = Fichiers.pdf(1000);
        return documents.deposer(DonneesDeTest.acteurUsager(proprietaire), type, nom, new ByteArrayInputStream(octets), octets.length).id();
    }

    private static String cle(String page) {
        var m = Pattern.compile("name=\"cleIdempotence\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(m.find()).as("clé d'idempotence dans la page").isTrue();
        return m.group(1);
    }

    /** A Polish citizen asking for the European list, then a birth name (the identity step is not complete yet). */
    private void situationEtIdentite(String nomNaissance) throws Exception {
        visiteur.post("/demarches/ile/situation", "nationalite", "UE", "paysUe", "POL", "listes", "EUROPEENNE")
                .andExpect(redirectedUrl("/demarches/ile/identite"));
        visiteur.post("/demarches/ile/identite", "nomNaissance", nomNaissance, "prenoms", "Anna")
                .andExpect(status().isOk());
    }
}
