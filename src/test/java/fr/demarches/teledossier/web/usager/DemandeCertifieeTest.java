package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.demarches.compte.IdentitesExternes;
import fr.demarches.demo.FournisseurIdentiteLocal;
import fr.demarches.document.Documents;
import fr.demarches.document.Fichiers;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.CerfaPdf;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.elements.FichiersXml;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.NavigateurOidc;
import fr.demarches.test.TestIntegration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ILE and RCO forms of a citizen signed in through FranceConnect (real protocol against the tests' OpenID
 * provider): the certified identity is read-only and a forged one refused; the deposited request says, in its XML
 * and its CERFA, that the identity came from FranceConnect; a password citizen's does not.
 */
@TestIntegration
class DemandeCertifieeTest {

    /** DURAND Jean Paul, male, born 14/03/1985 in Nanterre, level eidas3. */
    static final FournisseurIdentiteLocal.Identite JEAN = FournisseurIdentiteLocal.IDENTITES_DEMO.get(1);
    static final String REFUS = "Donnée certifiée par FranceConnect : elle ne peut pas être modifiée.";

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    FournisseurIdentiteLocal fournisseur;

    @Autowired
    IdentitesExternes identites;

    @Autowired
    Documents documents;

    @Autowired
    Teledossiers teledossiers;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void preparer() {
        acteurs = donnees.acteurs();
        fournisseur.autoriserApplication("http://localhost:" + port);
    }

    @Test
    void anIleOfACitizenSignedInWithFranceConnectKeepsTheCertifiedIdentityAndSaysSoInItsXmlAndCerfa()
            throws Exception {
        var navigateur = connecteParFranceConnect(JEAN);
        var compte = identites.compteDe("franceconnect", JEAN.sub()).orElseThrow();
        var situation = navigateur.get("/demarches/ile/situation").body();
        assertThat(navigateur.poster("/demarches/ile/situation", situation, "nationalite", "FRANCAISE").statusCode())
                .isEqualTo(302);

        String page = navigateur.get("/demarches/ile/identite").body();
        assertThat(page).contains("Données certifiées par FranceConnect").contains("donnees-certifiees")
                .containsPattern("id=\"nomNaissance\" name=\"nomNaissance\" value=\"DURAND\" readonly")
                .containsPattern("value=\"Jean Paul\" readonly").containsPattern("value=\"14/03/1985\" readonly")
                .containsPattern("value=\"Nanterre \\(92\\)\" readonly")
                .as("le nom d'usage reste modifiable").containsPattern("id=\"nomUsage\"(?![^>]*readonly)[^>]*>");

        // A forged post changing the birth name is refused beside the field, nothing moves on.
        var forge = navigateur.poster("/demarches/ile/identite", page, identite("DUPONT"));
        assertThat(forge.statusCode()).isEqualTo(200);
        assertThat(forge.body()).contains(REFUS).contains("id=\"nomNaissance-erreur\"")
                .as("la page remontre la valeur certifiée").contains("value=\"DURAND\"");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = "
                + "'DEMANDE_CERTIFIEE_MODIFICATION_REFUSEE'").query(Long.class).single()).isEqualTo(1);
        // So is a forged birth commune.
        var ailleurs = navigateur.poster("/demarches/ile/identite", page, "sexe", "M", "nomNaissance", "DURAND",
                "prenoms", "Jean Paul", "dateNaissance", "14/03/1985", "lieuNaissance", "ETRANGER", "naissancePays",
                "BEL", "naissanceLocalite", "Liège");
        assertThat(ailleurs.statusCode()).isEqualTo(200);
        assertThat(ailleurs.body()).contains(REFUS);

        assertThat(navigateur.poster("/demarches/ile/identite", page, identite("DURAND")).statusCode()).isEqualTo(302);
        String numero = deposer(navigateur, compte);

        var elements = teledossiers.elementsARemettre(new NumeroTeledossier(numero));
        var ile = (DonneesIle) elements.donnees();
        assertThat(ile.identiteCertifiee()).isNotNull();
        String xml = new String(FichiersXml.inscription(numero, elements.deposeLe(), ile), StandardCharsets.UTF_8);
        assertThat(xml).contains("<IdentiteCertifiee>").contains("<Fournisseur>franceconnect</Fournisseur>")
                .contains("<Niveau>eidas3</Niveau>").contains("<Titulaire>DEMANDEUR</Titulaire>")
                .containsPattern("<DateAuthentification>\\d{4}-\\d{2}-\\d{2}T[0-9:]{8}[+-]\\d{2}:\\d{2}"
                        + "</DateAuthentification>");
        assertThat(cerfa(numero, elements.deposeLe(), ile)).contains("Identité certifiée")
                .contains("Données certifiées par FranceConnect (eidas3)");
    }

    @Test
    void aPasswordCitizensIleIsEditableAndCarriesNoCertification() throws Exception {
        var navigateur = new NavigateurOidc(port);
        var connexion = navigateur.get("/connexion").body();
        navigateur.poster("/connexion", connexion, "identifiant", DonneesDeTest.USAGER, "motDePasse",
                DonneesDeTest.MOT_DE_PASSE);
        var situation = navigateur.get("/demarches/ile/situation").body();
        navigateur.poster("/demarches/ile/situation", situation, "nationalite", "FRANCAISE");
        String page = navigateur.get("/demarches/ile/identite").body();
        assertThat(page).doesNotContain("Données certifiées par FranceConnect").doesNotContain("readonly");
        assertThat(navigateur.poster("/demarches/ile/identite", page, identite("DUPONT")).statusCode()).isEqualTo(302);
        String numero = deposer(navigateur, acteurs.usager());

        var elements = teledossiers.elementsARemettre(new NumeroTeledossier(numero));
        var ile = (DonneesIle) elements.donnees();
        assertThat(ile.identiteCertifiee()).isNull();
        assertThat(new String(FichiersXml.inscription(numero, elements.deposeLe(), ile), StandardCharsets.UTF_8))
                .doesNotContain("IdentiteCertifiee");
        assertThat(cerfa(numero, elements.deposeLe(), ile)).doesNotContain("FranceConnect")
                .doesNotContain("Identité certifiée");
    }

    @Test
    void aParentSignedInWithFranceConnectTypesTheChildsIdentityFreelyAndIsTheCertifiedDeclarant() throws Exception {
        var navigateur = connecteParFranceConnect(JEAN);
        var declarant = navigateur.get("/demarches/rco/declarant").body();
        assertThat(navigateur.poster("/demarches/rco/declarant", declarant, "declarant", "PERE", "declarantNom",
                "DURAND", "declarantPrenoms", "Jean Paul").statusCode()).isEqualTo(302);

        String page = navigateur.get("/demarches/rco/identite").body();
        assertThat(page).doesNotContain("Données certifiées par FranceConnect").doesNotContain("readonly");
        var enfant = navigateur.poster("/demarches/rco/identite", page, "sexe", "F", "nomFamille", "DURAND",
                "prenoms", "Lou", "dateNaissance", "01/01/2010", "lieuNaissance", "FRANCE", "codePostalNaissance",
                "92000", "naissanceCommuneInsee", DonneesDeTest.NANTERRE, "nationalite", "FRANCAISE",
                "acquisitionNationalite", "NON");
        assertThat(enfant.body()).doesNotContain(REFUS);

        // The young person filling in their own request would see their certified identity locked.
        declarant = navigateur.get("/demarches/rco/declarant").body();
        navigateur.poster("/demarches/rco/declarant", declarant, "declarant", "JEUNE");
        assertThat(navigateur.get("/demarches/rco/identite").body()).contains("Données certifiées par FranceConnect")
                .containsPattern("value=\"DURAND\" readonly");
    }

    /** The identity step as the form sends it, the birth name as given (a forged one to test the refusal). */
    private static String[] identite(String nomNaissance) {
        return new String[] {"sexe", "M", "nomNaissance", nomNaissance, "nomUsage", "", "prenoms", "Jean Paul",
            "dateNaissance", "14/03/1985", "lieuNaissance", "FRANCE", "codePostalNaissance", "92000",
            "naissanceCommuneInsee", DonneesDeTest.NANTERRE};
    }

    /** The address, commune and pieces steps, then the submission; the request's number. */
    private String deposer(NavigateurOidc navigateur, UUID compte) throws Exception {
        var adresse = navigateur.get("/demarches/ile/adresse").body();
        assertThat(navigateur.poster("/demarches/ile/adresse", adresse, "adresse", "7 rue des Tilleuls", "codePostal",
                "92000", "communeInsee", DonneesDeTest.NANTERRE, "attache", "DOMICILE").statusCode()).isEqualTo(302);
        var commune = navigateur.get("/demarches/ile/commune").body();
        assertThat(navigateur.poster("/demarches/ile/commune", commune, "codePostalInscription", "92000",
                "communeInscription", DonneesDeTest.NANTERRE).statusCode()).isEqualTo(302);
        var pieces = navigateur.get("/demarches/ile/pieces").body();
        assertThat(navigateur.poster("/demarches/ile/pieces", pieces, "pieceIdentite",
                document(compte, TypeDocument.PIECE_IDENTITE).toString(), "pieceAttache",
                document(compte, TypeDocument.JUSTIFICATIF_DOMICILE).toString()).statusCode()).isEqualTo(302);
        var recapitulatif = navigateur.get("/demarches/ile/recapitulatif").body();
        var m = Pattern.compile("name=\"cleIdempotence\" value=\"([0-9a-f-]{36})\"").matcher(recapitulatif);
        assertThat(m.find()).as("clé d'idempotence dans la page").isTrue();
        var envoi = navigateur.poster("/demarches/ile/envoi", recapitulatif, "cleIdempotence", m.group(1),
                "engagement", "true");
        String confirmation = NavigateurOidc.destination(envoi).getPath();
        assertThat(confirmation).startsWith("/demarches/confirmation/");
        return confirmation.substring(confirmation.lastIndexOf('/') + 1);
    }

    private UUID document(UUID proprietaire, TypeDocument type) {
        byte[] octets = Fichiers.pdf(1000);
        return documents.deposer(DonneesDeTest.acteurUsager(proprietaire), type, type.name() + ".pdf",
                new ByteArrayInputStream(octets), octets.length).id();
    }

    private static String cerfa(String numero, java.time.Instant depot, DonneesIle ile) throws Exception {
        var sortie = new ByteArrayOutputStream();
        CerfaPdf.inscription(sortie, numero, depot, ile);
        try (var pdf = Loader.loadPDF(sortie.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private NavigateurOidc connecteParFranceConnect(FournisseurIdentiteLocal.Identite identite) throws Exception {
        var navigateur = new NavigateurOidc(port);
        navigateur.seConnecterParFranceConnectEnCreant(fournisseur.emetteur(), identite.sub());
        return navigateur;
    }
}
