package fr.demarches.teledossier.elements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.xml.sax.SAXException;

class ElementsTeledossierTest {

    @Test
    void theStatesOwnRcoSampleValidatesAgainstOurSchema() throws Exception {
        valider("xsd/recensement-citoyen.xsd", new ClassPathResource("hubee/10870-XML.xml").getContentAsByteArray());
    }

    @Test
    void theRcoFileValidatesAndCarriesTheRequest() throws Exception {
        byte[] xml = FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, Exemples.rco());
        valider("xsd/recensement-citoyen.xsd", xml);
        String texte = new String(xml, StandardCharsets.UTF_8);
        assertThat(texte).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("<Identifiant>A-5-NKT2G5KB</Identifiant>")
                .contains("<DateSoumission>2026-03-02T09:41:07</DateSoumission>")
                .contains("<Civilite>MME</Civilite>", "<Sexe>2</Sexe>", "<NomFamille>Gérard-Lefèvre</NomFamille>")
                .contains("<PrenomUsuel>Éloïse</PrenomUsuel>", "<Prenom>Marie</Prenom>", "<DateNaissance>15/01/2010</DateNaissance>")
                .contains("<CodeINSEENaissance>30189</CodeINSEENaissance>", "<Nom>Nîmes</Nom>", "<Nom>30000</Nom>")
                .contains("<NumeroVoie>25</NumeroVoie>", "<Extension>bis</Extension>", "<CodePostal>06200</CodePostal>")
                .contains("<SituationMatrimoniale>Célibataire</SituationMatrimoniale>", "<NombreFrereSoeur>2</NombreFrereSoeur>")
                .contains("<URI>eloise.gerard@exemple.fr</URI>", "<CanalCode>TEL</CanalCode>")
                .contains("<NomFamille>Wróbel</NomFamille>", "<Nom>Kraków</Nom>", "<Nom>Pologne</Nom>")
                .doesNotContain("null");
    }

    @Test
    void theIleFileValidatesAndCarriesTheRequest() throws Exception {
        byte[] xml = FichiersXml.inscription("A-2-BEKJED23", Exemples.DEPOT, Exemples.ile());
        valider("xsd/inscription-listes-electorales.xsd", xml);
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<ListeElectorale>COMPLEMENTAIRE_MUNICIPALE</ListeElectorale>")
                .contains("<ListeElectorale>COMPLEMENTAIRE_EUROPEENNE</ListeElectorale>")
                .contains("<NomFamille>Łukasiewicz</NomFamille>", "<Attache>DOMICILE</Attache>", "<Ville>Gdańsk</Ville>")
                .doesNotContain("null").doesNotContain("<CanalCode>TEL</CanalCode>");
    }

    @Test
    void theRcoCerfaIsFilledWithAccentsAndTheFooterAndNoNull() throws IOException {
        String texte = texteDuPdf(sortie -> CerfaPdf.recensement(sortie, "A-5-NKT2G5KB", Exemples.DEPOT, Exemples.rco()));
        assertThat(texte).contains("10870*07", "NOTICE INDIVIDUELLE", "Gérard-Lefèvre", "Éloïse Marie", "15/01/2010",
                "30000 Nîmes (30)", "Binational(e)", "Polonaise", "25 bis allée Camille Muffat, Bâtiment B",
                "06200 Nice", "Non connu(e)", "Wróbel Łucja", "Kraków, Pologne", "Célibataire",
                "Télédossier A-5-NKT2G5KB - déposé le 02/03/2026 à 09:41:07", "Page 1/")
                .doesNotContain("null");
    }

    @Test
    void aControlCharacterPastedIntoAMessageLeavesTheFileReadable() throws Exception {
        var suivi = new SuiviDossier(java.util.List.of(), java.util.List.of(new SuiviDossier.Echange(Exemples.DEPOT,
                false, "Voici\u000C la pièce\u0008 demandée.\nMerci\uFFFF", java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of())));

        byte[] xml = FichiersXml.inscription("A-2-BEKJED23", Exemples.DEPOT, Exemples.ile(), suivi);

        valider("xsd/inscription-listes-electorales.xsd", xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("Voici la pièce demandée.\nMerci<");
    }

    /** Deposited in the month after acquiring nationality, by the mother: both in the CERFA and the data file. */
    @Test
    void theNaturalisationGroundAndTheParentWhoFiledAreInTheCerfaAndTheDataFile() throws Exception {
        var d = Exemples.rcoApresNaturalisation();
        String texte = texteDuPdf(sortie -> CerfaPdf.recensement(sortie, "A-5-NKT2G5KB", Exemples.DEPOT, d));
        assertThat(texte.replaceAll("\\s+", " ")).contains("Kowalski", "Française acquise le 10/02/2026",
                "Recensement dans le mois qui suit l'acquisition de la nationalité française (le 10 février 2026) : "
                        + "délai jusqu'au 31 mars 2026 (code du service national, art. L113-3 et R*111-2).",
                "Déclarant Mère : Łucja Wróbel", "Demande transmise en ligne par Łucja Wróbel, sa mère, qui a certifié")
                .doesNotContain("null");

        byte[] xml = FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, d);
        valider("xsd/recensement-citoyen.xsd", xml);
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<AcquisitionNationalite>2026-02-10</AcquisitionNationalite>")
                .contains("<Delai>APRES_ACQUISITION</Delai>")
                .contains("<Declarant>", "<Qualite>MERE</Qualite>", "<Nom>Wróbel</Nom>", "<Prenoms>Łucja</Prenoms>")
                .doesNotContain("null");
        // French from birth and filed by the young person: neither element.
        assertThat(new String(FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, Exemples.rco()),
                StandardCharsets.UTF_8)).contains("<Delai>DANS_LE_DELAI</Delai>")
                .doesNotContain("<AcquisitionNationalite>").doesNotContain("<Declarant>");
    }

    /** A parent signed in with FranceConnect filed for their child: the certified identity is the declarant's. */
    @Test
    void aDeclarantsCertifiedIdentityIsNamedAsSuchInTheCerfaAndTheDataFile() throws Exception {
        var d = Exemples.rcoApresNaturalisation().avec(new IdentiteCertifiee("franceconnect", "eidas2",
                Exemples.DEPOT.minusSeconds(300), IdentiteCertifiee.Titulaire.DECLARANT));
        String texte = texteDuPdf(sortie -> CerfaPdf.recensement(sortie, "A-5-NKT2G5KB", Exemples.DEPOT, d));
        assertThat(texte.replaceAll("\\s+", " ")).contains("Identité certifiée Données certifiées par FranceConnect "
                + "(eidas2), authentification du 02/03/2026 à 09:36 : identité du déclarant");
        byte[] xml = FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, d);
        valider("xsd/recensement-citoyen.xsd", xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<IdentiteCertifiee>",
                "<Fournisseur>franceconnect</Fournisseur>", "<Niveau>eidas2</Niveau>",
                "<DateAuthentification>2026-03-02T09:36:07+01:00</DateAuthentification>",
                "<Titulaire>DECLARANT</Titulaire>");
    }

    @Test
    void theIleCerfaNamesTheListsAndTheFormOfTheFirstOne() throws IOException {
        String texte = texteDuPdf(sortie -> CerfaPdf.inscription(sortie, "A-2-BEKJED23", Exemples.DEPOT, Exemples.ile()));
        assertThat(texte).contains("12670*03", "Liste complémentaire pour les élections municipales",
                "Liste complémentaire pour les élections européennes", "Łukasiewicz", "Mikołaj Jan", "Gdańsk, Pologne",
                "12 rue des Écoles", "Nanterre (92050)", "Domicile ou résidence dans la commune",
                "déposé le 02/03/2026 à 09:41:07").doesNotContain("null");
    }

    /**
     * The parsed fonts are lent to one document at a time (Polices): documents written at once, in more threads than
     * the pool holds, each carry their own text and glyphs, and the lent fonts come back usable.
     */
    @Test
    void cerfasWrittenAtOnceEachCarryTheirOwnText() throws Exception {
        try (var fils = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var textes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 32; i++) {
                String numero = "A-2-BEKJE%03d".formatted(i);
                textes.add(fils.submit(() -> texteDuPdf(sortie -> CerfaPdf.inscription(sortie, numero, Exemples.DEPOT,
                        Exemples.ile()))));
            }
            for (int i = 0; i < textes.size(); i++) {
                assertThat(textes.get(i).get()).contains("A-2-BEKJE%03d".formatted(i), "Łukasiewicz", "Gdańsk, Pologne",
                        "12 rue des Écoles");
            }
        }
    }

    private static void valider(String schema, byte[] xml) throws SAXException, IOException {
        var fabrique = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var source = new StreamSource(new ClassPathResource(schema).getURL().toExternalForm());
        fabrique.newSchema(source).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static String texteDuPdf(PdfEcrit ecriture) throws IOException {
        var sortie = new ByteArrayOutputStream();
        ecriture.ecrire(sortie);
        try (var pdf = Loader.loadPDF(sortie.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    interface PdfEcrit {
        void ecrire(ByteArrayOutputStream sortie) throws IOException;
    }
}
