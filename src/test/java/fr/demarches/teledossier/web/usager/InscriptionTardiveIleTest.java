package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.shared.Fuseau;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A late registration under Code électoral L30, ground "turning 18", end to end: présidentielle of 11 April 2027,
 * usual online deadline Wednesday 3 March, L30 deadline Thursday 1 April; the applicant turns 18 on 20 March.
 */
@TestIntegration
class InscriptionTardiveIleTest {

    private static final LocalDate PREMIER_TOUR = LocalDate.of(2027, 4, 11);

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Documents documents;

    @Autowired
    GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void scrutin() {
        acteurs = donnees.acteurs();
        donnees.jdbc().sql("INSERT INTO scrutin (id, nom, type, premier_tour, second_tour, toutes_communes, cree_le) "
                + "VALUES (?, 'Présidentielle 2027', 'PRESIDENTIELLE', ?, ?, true, now())")
                .params(UUID.randomUUID(), PREMIER_TOUR, PREMIER_TOUR.plusDays(14)).update();
        donnees.attendreLesAvis();
    }

    @Test
    void turningEighteenAfterTheDeadlineCountsForTheBallotUntilTheTenthDayBefore() throws Exception {
        heure(2027, 3, 20, 10, 0);
        var usager = connecte();
        remplirJusquALaCommune(usager);
        // The question is asked, and must be answered.
        String commune = usager.page("/demarches/ile/commune");
        assertThat(commune).contains("Inscription après la date limite").contains("01/04/2027")
                .contains("18 ans atteints après la date limite");
        assertThat(usager.post("/demarches/ile/commune", "codePostalInscription", "92000", "communeInscription",
                DonneesDeTest.NANTERRE).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Indiquez si vous êtes dans l&#39;une de ces situations.");
        usager.post("/demarches/ile/commune", "codePostalInscription", "92000", "communeInscription",
                DonneesDeTest.NANTERRE, "casParticulier", "MAJORITE").andExpect(redirectedUrl("/demarches/ile/pieces"));
        // Its own proof piece.
        assertThat(usager.page("/demarches/ile/pieces")).contains("Justificatif de votre date de naissance");
        choisirLesPieces(usager);
        String recapitulatif = usager.page("/demarches/ile/recapitulatif");
        assertThat(recapitulatif).contains("18 ans atteints après la date limite").contains("vaudra pour le scrutin")
                .doesNotContain("scrutins suivants");
        String numero = envoyer(usager, recapitulatif);

        var jdbc = donnees.jdbc();
        assertThat(jdbc.sql("SELECT cas_particulier FROM teledossier WHERE numero = ?").param(numero)
                .query(String.class).single()).isEqualTo("MAJORITE");
        assertThat(jdbc.sql("SELECT donnees->'inscriptionTardive'->>'dateLimite' FROM teledossier WHERE numero = ?")
                .param(numero).query(String.class).single()).isEqualTo("2027-04-01");

        // The agent filters the list on it and sees it on the dossier.
        var agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        String autre = deposerSansMotif(usager);
        String filtree = agent.page("/gs/teledossiers?casParticulier=true");
        assertThat(filtree).contains(numero).doesNotContain(autre);
        assertThat(agent.page("/gs/teledossiers")).contains(numero).contains(autre);
        assertThat(agent.page("/gs/teledossiers/" + numero)).contains("id=\"cas-particulier\"")
                .contains("18 ans atteints après la date limite").contains("article L30, 3°");
        assertThat(agent.page("/gs/teledossiers/" + autre)).doesNotContain("id=\"cas-particulier\"");
    }

    @Test
    void sentAfterTheTenthDayBeforeTheBallotTheGroundAndItsProofAreNotCarried() throws Exception {
        heure(2027, 4, 1, 23, 30);
        var usager = connecte();
        remplirJusquALaCommune(usager);
        usager.post("/demarches/ile/commune", "codePostalInscription", "92000", "communeInscription",
                DonneesDeTest.NANTERRE, "casParticulier", "DEMENAGEMENT_PROFESSIONNEL")
                .andExpect(redirectedUrl("/demarches/ile/pieces"));
        // This ground's proof is required.
        String identite = document(TypeDocument.PIECE_IDENTITE, "carte.pdf");
        String domicile = document(TypeDocument.JUSTIFICATIF_DOMICILE, "facture.pdf");
        assertThat(usager.post("/demarches/ile/pieces", "pieceIdentite", identite, "pieceAttache", domicile)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Justificatif du motif professionnel du déménagement")
                .contains("Choisissez le justificatif de votre situation");
        usager.post("/demarches/ile/pieces", "pieceIdentite", identite, "pieceAttache", domicile, "pieceCasParticulier",
                document(TypeDocument.AUTRE, "employeur.pdf")).andExpect(redirectedUrl("/demarches/ile/recapitulatif"));
        assertThat(usager.page("/demarches/ile/recapitulatif")).contains("vaudra pour le scrutin").contains("employeur.pdf");

        // Midnight passes in Paris before the citizen sends it.
        heure(2027, 4, 2, 0, 0);
        String recapitulatif = usager.page("/demarches/ile/recapitulatif");
        assertThat(recapitulatif).contains("scrutins suivants").doesNotContain("id=\"inscription-tardive\"");
        assertThat(usager.page("/demarches/ile/commune")).doesNotContain("Êtes-vous dans l’une de ces situations");
        String numero = envoyer(usager, recapitulatif);
        assertThat(donnees.jdbc().sql("SELECT cas_particulier IS NULL AND coalesce(donnees->'inscriptionTardive', 'null') = 'null' "
                + "FROM teledossier WHERE numero = ?").param(numero).query(Boolean.class).single()).isTrue();
        // Nor its proof: the request no longer asks for it.
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_piece").query(Long.class).single()).isEqualTo(2);
    }

    private void heure(int annee, int mois, int jour, int heure, int minute) {
        donnees.horloge().fixer(ZonedDateTime.of(annee, mois, jour, heure, minute, 0, 0, Fuseau.PARIS));
    }

    /** A French citizen born on 20 March 2009, living in Nanterre. */
    private static void remplirJusquALaCommune(Visiteur v) throws Exception {
        v.post("/demarches/ile/situation", "nationalite", "FRANCAISE").andExpect(redirectedUrl("/demarches/ile/identite"));
        v.post("/demarches/ile/identite", "sexe", "F", "nomNaissance", "Martin", "prenoms", "Léa",
                "dateNaissance", "20/03/2009", "lieuNaissance", "FRANCE", "codePostalNaissance", "92000",
                "naissanceCommuneInsee", DonneesDeTest.NANTERRE).andExpect(redirectedUrl("/demarches/ile/adresse"));
        v.post("/demarches/ile/adresse", "adresse", "7 rue des Tilleuls", "codePostal", "92000", "communeInsee",
                DonneesDeTest.NANTERRE, "attache", "PARENTS_MOINS_26_ANS").andExpect(redirectedUrl("/demarches/ile/commune"));
    }

    private void choisirLesPieces(Visiteur v) throws Exception {
        v.post("/demarches/ile/pieces", "pieceIdentite", document(TypeDocument.PIECE_IDENTITE, "carte.pdf"),
                "pieceAttache", document(TypeDocument.JUSTIFICATIF_DOMICILE, "facture.pdf"))
                .andExpect(redirectedUrl("/demarches/ile/recapitulatif"));
    }

    /** Another request from the same citizen, answering "none of these situations". */
    private String deposerSansMotif(Visiteur v) throws Exception {
        remplirJusquALaCommune(v);
        v.post("/demarches/ile/commune", "codePostalInscription", "92000", "communeInscription",
                DonneesDeTest.NANTERRE, "casParticulier", "AUCUN").andExpect(redirectedUrl("/demarches/ile/pieces"));
        choisirLesPieces(v);
        return envoyer(v, v.page("/demarches/ile/recapitulatif"));
    }

    private static String envoyer(Visiteur v, String recapitulatif) throws Exception {
        var m = Pattern.compile("name=\"cleIdempotence\" value=\"([0-9a-f-]{36})\"").matcher(recapitulatif);
        assertThat(m.find()).isTrue();
        String url = v.post("/demarches/ile/envoi", "cleIdempotence", m.group(1), "engagement", "true")
                .andExpect(redirectedUrlPattern("/demarches/confirmation/A-*")).andReturn().getResponse().getRedirectedUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private Visiteur connecte() throws Exception {
        var v = new Visiteur(mvc);
        v.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        return v;
    }

    private String document(TypeDocument type, String nom) {
        byte[] octets = Fichiers.pdf(1000);
        return documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), type, nom, new ByteArrayInputStream(octets),
                octets.length).id().toString();
    }
}
