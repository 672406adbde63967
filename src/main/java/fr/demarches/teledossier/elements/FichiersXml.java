package fr.demarches.teledossier.elements;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/** Writes a télédossier's XML data file with Jakarta XML Binding, UTF-8, indented like the State's files. */
public final class FichiersXml {

    private static final JAXBContext CONTEXTE;

    static {
        try {
            CONTEXTE = JAXBContext.newInstance(XmlRecensement.class, XmlInscription.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FichiersXml() {
    }

    public static byte[] recensement(String numero, Instant depot, DonneesRco donnees) {
        return recensement(numero, depot, donnees, SuiviDossier.VIDE);
    }

    public static byte[] inscription(String numero, Instant depot, DonneesIle donnees) {
        return inscription(numero, depot, donnees, SuiviDossier.VIDE);
    }

    /** With every piece and its version, and the requests for complements with their answers. */
    public static byte[] recensement(String numero, Instant depot, DonneesRco donnees, SuiviDossier suivi) {
        return ecrire(new XmlRecensement(numero, depot, donnees).suivi(suivi));
    }

    public static byte[] inscription(String numero, Instant depot, DonneesIle donnees, SuiviDossier suivi) {
        return ecrire(new XmlInscription(numero, depot, donnees).suivi(suivi));
    }

    private static byte[] ecrire(Object racine) {
        try {
            Marshaller marshaller = CONTEXTE.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            var sortie = new ByteArrayOutputStream(8_192);
            marshaller.marshal(racine, sortie);
            return sortie.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("Fichier XML impossible à écrire", e);
        }
    }
}
