package fr.demarches.teledossier.elements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import fr.demarches.test.DocumentationXsd;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ILE and RCO data files: documented element by element from their schemas (docs/donnees-xml.md is generated
 * from the xs:documentation and checked here, so that it cannot drift), typed, and for RCO still read as the
 * State's RecensementCitoyen is read today. Run with -Ddocs.regenerer=true to rewrite the documentation and its
 * sample files after changing a schema.
 */
class DonneesXmlDocumenteesTest {

    static final Path DOCUMENTATION = Path.of("docs/donnees-xml.md");
    static final Path EXEMPLES = Path.of("docs/exemples/donnees");
    static final String ILE = "xsd/inscription-listes-electorales.xsd";
    static final String RCO = "xsd/recensement-citoyen.xsd";
    static final String EXEMPLE_ILE = "A-2-BEKJED23-ILE-donnees.xml";
    static final String EXEMPLE_RCO = "A-5-NKT2G5KB-RCO-donnees.xml";

    @Test
    void everyElementAndAttributeOfTheDataSchemasIsDocumented() {
        for (String schema : List.of(ILE, RCO)) {
            assertThat(DocumentationXsd.de(schema).nonDocumentes()).as(schema).isEmpty();
            assertThat(DocumentationXsd.de(schema).presentation()).as(schema).isNotEmpty();
        }
    }

    @Test
    void theDocumentationAndItsSamplesAreTheSchemasAndTheFilesThePlatformWrites() throws Exception {
        // The samples show the optional IdentiteCertifiee block, which a password sign-in leaves out.
        byte[] ile = FichiersXml.inscription("A-2-BEKJED23", Exemples.DEPOT, Exemples.ile().avec(Exemples.FRANCECONNECT));
        byte[] rco = FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, Exemples.rco().avec(Exemples.FRANCECONNECT));
        String documentation = documentation();
        if (Boolean.getBoolean("docs.regenerer")) {
            Files.writeString(DOCUMENTATION, documentation, StandardCharsets.UTF_8);
            Files.createDirectories(EXEMPLES);
            Files.write(EXEMPLES.resolve(EXEMPLE_ILE), ile);
            Files.write(EXEMPLES.resolve(EXEMPLE_RCO), rco);
        }
        assertThat(Files.readString(DOCUMENTATION, StandardCharsets.UTF_8))
                .as("docs/donnees-xml.md est généré depuis les schémas : relancez ce test avec -Ddocs.regenerer=true")
                .isEqualTo(documentation);
        assertThat(Files.readAllBytes(EXEMPLES.resolve(EXEMPLE_ILE))).isEqualTo(ile);
        assertThat(Files.readAllBytes(EXEMPLES.resolve(EXEMPLE_RCO))).isEqualTo(rco);
        valider(ILE, ile);
        valider(RCO, rco);
    }

    @Test
    void theRcoFileIsTheStatesElementForElementBeforeItsTypedBlock() throws Exception {
        var etat = chemins(new ClassPathResource("hubee/10870-XML.xml").getContentAsByteArray());
        var plateforme = chemins(FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, Exemples.rco()));

        // The same elements in the same order (what a reader by name or by position relies on)…
        assertThat(plateforme.stream().filter(c -> !c.startsWith("RecensementCitoyen/DonneesTypees")).toList())
                .containsExactlyElementsOf(etat);
        // …and the typed block after the State's last one, nowhere else.
        assertThat(plateforme.subList(etat.size(), plateforme.size()))
                .allMatch(c -> c.startsWith("RecensementCitoyen/DonneesTypees"));
    }

    @Test
    void theRcoFileKeepsTheStatesFormatsAndAddsTheTypedOnes() {
        String rco = new String(FichiersXml.recensement("A-5-NKT2G5KB", Exemples.DEPOT, Exemples.rco()),
                StandardCharsets.UTF_8);

        // The State's formats: local time without offset, JJ/MM/AAAA, postal code as the second birthplace.
        assertThat(rco).contains("<DateSoumission>2026-03-02T09:41:07</DateSoumission>")
                .contains("<DateNaissance>15/01/2010</DateNaissance>");
        assertThat(Pattern.compile("<Code>AUTRE</Code>\\s*<Nom>30000</Nom>").matcher(rco).find()).isTrue();
        // The typed block: the instant with its offset, xs:date, place in France or abroad part by part.
        assertThat(bloc(rco, "DonneesTypees")).contains("<DateSoumission>2026-03-02T09:41:07+01:00</DateSoumission>")
                .contains("<Nationalite>BINATIONALE</Nationalite>", "<AutreNationalite>Polonaise</AutreNationalite>")
                .contains("<Date>2010-01-15</Date>", "<CodeINSEE>30189</CodeINSEE>", "<Commune>Nîmes</Commune>",
                        "<CodePostal>30000</CodePostal>", "<Departement>30</Departement>")
                .contains("<NaissanceMere>", "<Date>1980-05-03</Date>", "<Pays>POL</Pays>",
                        "<PaysLibelle>Pologne</PaysLibelle>", "<Ville>Kraków</Ville>")
                // The father is unknown: no typed birth for him.
                .doesNotContain("<NaissancePere>");
    }

    @Test
    void theIleFileIsTypedAndNeverPutsAPostalCodeInAName() {
        String ile = new String(FichiersXml.inscription("A-2-BEKJED23", Exemples.DEPOT, Exemples.ile()),
                StandardCharsets.UTF_8);

        assertThat(ile).contains("<InscriptionListesElectorales version=\"2\">")
                .contains("<DateSoumission>2026-03-02T09:41:07+01:00</DateSoumission>")
                .contains("<Naissance>", "<Date>1990-07-14</Date>", "<Etranger>", "<Pays>POL</Pays>",
                        "<PaysLibelle>Pologne</PaysLibelle>", "<Ville>Gdańsk</Ville>")
                .contains("<Nationalite>POL</Nationalite>", "<NationaliteLibelle>Polonaise</NationaliteLibelle>")
                // No usage name: the element is left out rather than empty.
                .doesNotContain("<NomUsage").doesNotContain("<LieuNaissance>");
        assertThat(Pattern.compile("\\d{2}/\\d{2}/\\d{4}").matcher(ile).find()).isFalse();
        assertThat(Pattern.compile("<(Nom|Commune|Ville)>\\d{5}</").matcher(ile).find()).isFalse();
        // In summer, the offset follows Paris.
        String ete = new String(FichiersXml.inscription("A-2-BEKJED23",
                java.time.ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, fr.demarches.shared.Fuseau.PARIS).toInstant(),
                Exemples.ile()), StandardCharsets.UTF_8);
        assertThat(ete).contains("<DateSoumission>2026-07-01T12:00:00+02:00</DateSoumission>");
    }

    /** docs/donnees-xml.md as the schemas say it. */
    static String documentation() {
        var ile = DocumentationXsd.de(ILE);
        var rco = DocumentationXsd.de(RCO);
        return """
                # Fichiers de données ILE et RCO

                <!-- Généré depuis les schémas par DonneesXmlDocumenteesTest : ne pas modifier ici, mais les
                     xs:documentation des schémas, puis relancer ce test avec -Ddocs.regenerer=true. -->

                Chaque télédossier remis à la mairie (archive téléchargée dans le Gestionnaire de Suivi, ou déposée sur
                son serveur sFTP, voir [echanges-sftp.md](echanges-sftp.md)) contient un fichier de données XML,
                `<numéro>-<démarche>-donnees.xml`, en UTF-8, sans espace de noms. Ce document décrit chacun de leurs
                éléments : il est produit à partir des schémas eux-mêmes, qui font foi. Une ligne par élément, désigné
                par son chemin depuis la racine ; « présence » dit s'il figure toujours, « au choix » qu'un seul des
                éléments ainsi marqués figure à cet endroit.

                Exemples, écrits par la plateforme à partir d'une demande de test :
                [`%s`](exemples/donnees/%s) et [`%s`](exemples/donnees/%s).

                ## ILE : [`inscription-listes-electorales.xsd`](../src/main/resources/xsd/inscription-listes-electorales.xsd)

                %s

                %s
                ## RCO : [`recensement-citoyen.xsd`](../src/main/resources/xsd/recensement-citoyen.xsd)

                %s

                %s""".formatted(EXEMPLE_ILE, EXEMPLE_ILE, EXEMPLE_RCO, EXEMPLE_RCO, ile.presentation(), ile.tableau(),
                rco.presentation(), rco.tableau());
    }

    /** The distinct element paths of a file, in the order they first appear. */
    private static List<String> chemins(byte[] xml) throws Exception {
        var fabrique = DocumentBuilderFactory.newInstance();
        fabrique.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var chemins = new LinkedHashSet<String>();
        parcourir(fabrique.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement(), "", chemins);
        return new ArrayList<>(chemins);
    }

    private static void parcourir(Element element, String parent, LinkedHashSet<String> chemins) {
        String chemin = parent.isEmpty() ? element.getTagName() : parent + "/" + element.getTagName();
        chemins.add(chemin);
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element enfant) {
                parcourir(enfant, chemin, chemins);
            }
        }
    }

    private static String bloc(String xml, String nom) {
        return xml.substring(xml.indexOf("<" + nom + ">"), xml.indexOf("</" + nom + ">"));
    }

    private static void valider(String schema, byte[] xml) throws Exception {
        var fabrique = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        fabrique.newSchema(new ClassPathResource(schema).getURL()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
