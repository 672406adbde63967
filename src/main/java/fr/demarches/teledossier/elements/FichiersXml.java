package fr.demarches.teledossier.elements;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
            try (var texte = new CaracteresXml(new java.io.OutputStreamWriter(sortie, StandardCharsets.UTF_8))) {
                marshaller.marshal(racine, texte);
            }
            return sortie.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (JAXBException e) {
            throw new IllegalStateException("Fichier XML impossible à écrire", e);
        }
    }

    /**
     * Leaves out the characters XML 1.0 cannot hold (control characters other than tab and line breaks, U+FFFE and
     * U+FFFF), which JAXB writes as they are: one pasted into a message or a comment made the whole file unreadable
     * by the commune's software. Markup never holds them, so only text loses them.
     */
    static final class CaracteresXml extends java.io.FilterWriter {

        CaracteresXml(java.io.Writer cible) {
            super(cible);
        }

        static boolean permis(int c) {
            return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
        }

        @Override
        public void write(int c) throws java.io.IOException {
            if (permis(c)) {
                out.write(c);
            }
        }

        @Override
        public void write(char[] texte, int debut, int longueur) throws java.io.IOException {
            int depuis = debut;
            for (int i = debut; i < debut + longueur; i++) {
                if (!permis(texte[i])) {
                    out.write(texte, depuis, i - depuis);
                    depuis = i + 1;
                }
            }
            out.write(texte, depuis, debut + longueur - depuis);
        }

        @Override
        public void write(String texte, int debut, int longueur) throws java.io.IOException {
            write(texte.toCharArray(), debut, longueur);
        }
    }
}
