package fr.demarches.echange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.springframework.core.io.ClassPathResource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a flux retour file: checked against {@code xsd/flux-retour.xsd} first (the parser's messages in French,
 * with line and column), then bound to {@link XmlFluxRetour}. No DTD, no external entity: the file comes from
 * outside.
 */
final class LectureFluxRetour {

    static final String XSD = "xsd/flux-retour.xsd";

    private static final Schema SCHEMA;
    private static final JAXBContext CONTEXTE;
    private static final XMLInputFactory STAX;

    static {
        try {
            var fabrique = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            fabrique.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabrique.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var xsd = new ClassPathResource(XSD);
            SCHEMA = fabrique.newSchema(new StreamSource(xsd.getInputStream(), xsd.getURL().toExternalForm()));
            CONTEXTE = JAXBContext.newInstance(XmlFluxRetour.class);
            STAX = XMLInputFactory.newFactory();
            STAX.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            STAX.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        } catch (SAXException | IOException | JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private LectureFluxRetour() {
    }

    /** The file's content, or {@link FluxRetourRefuse} saying in French what is wrong and where. */
    static XmlFluxRetour lire(byte[] contenu) {
        valider(contenu);
        try {
            var lecteur = STAX.createXMLStreamReader(new ByteArrayInputStream(contenu));
            try {
                return CONTEXTE.createUnmarshaller().unmarshal(lecteur, XmlFluxRetour.class).getValue();
            } finally {
                lecteur.close();
            }
        } catch (JAXBException | XMLStreamException e) {
            throw new FluxRetourRefuse("Le fichier n'a pas pu être lu : " + e.getMessage());
        }
    }

    /** Checks the content against the schema; also used by the tests on the documentation's samples. */
    static void valider(byte[] contenu) {
        Validator validateur = SCHEMA.newValidator();
        try {
            validateur.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validateur.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validateur.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            validateur.setProperty("http://apache.org/xml/properties/locale", Locale.FRENCH);
        } catch (SAXException ignoree) {
            // Another parser than the JDK's: English messages and its own defaults.
        }
        try {
            validateur.validate(new StreamSource(new ByteArrayInputStream(contenu)));
        } catch (SAXParseException e) {
            String ou = " (ligne " + e.getLineNumber() + ", colonne " + e.getColumnNumber() + ")";
            if (e.getMessage() != null && e.getMessage().startsWith("cvc-")) {
                throw new FluxRetourRefuse("Le fichier ne respecte pas le schéma flux-retour.xsd" + ou + " : "
                        + e.getMessage().replaceFirst("^cvc-[\\w.-]+ ?: ?", ""));
            }
            throw new FluxRetourRefuse("Le fichier n'est pas un document XML bien formé" + ou + " : " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new FluxRetourRefuse("Le fichier n'est pas un document XML lisible : " + e.getMessage());
        }
    }
}
