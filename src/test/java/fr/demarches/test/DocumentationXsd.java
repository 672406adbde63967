package fr.demarches.test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Writes the documentation of an XML Schema from its own {@code xs:documentation}: one row per element (its path,
 * whether it is required, its format, its meaning), so that the documentation of a file format is its schema and
 * cannot drift from it. Reads the schema and the files it includes (same folder of the class path).
 */
public final class DocumentationXsd {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Element racine;
    private final Map<String, Element> types = new HashMap<>();
    private final Map<String, Element> groupes = new HashMap<>();
    private final List<String> nonDocumentes = new ArrayList<>();

    private DocumentationXsd(String ressource) {
        racine = lire(ressource);
        indexer(racine, ressource);
    }

    /** The schema in {@code xsd/…} of the class path, and what it includes. */
    public static DocumentationXsd de(String ressource) {
        return new DocumentationXsd(ressource);
    }

    /** The schema's own documentation (its top-level {@code xs:annotation}). */
    public String presentation() {
        return documentation(racine);
    }

    /** The table of every element and attribute under the schema's root element, in document order. */
    public String tableau() {
        var lignes = new StringBuilder("| élément | présence | format | signification |\n|---|---|---|---|\n");
        for (Element element : enfants(racine, "element")) {
            decrire(element, "", "obligatoire", lignes);
        }
        return lignes.toString();
    }

    /** The paths of the elements and attributes declared without documentation; empty when all are documented. */
    public List<String> nonDocumentes() {
        nonDocumentes.clear();
        tableau();
        return List.copyOf(nonDocumentes);
    }

    private void decrire(Element declaration, String parent, String presence, StringBuilder lignes) {
        String nom = declaration.getAttribute("name");
        String chemin = parent.isEmpty() ? nom : parent + "/" + nom;
        String signification = documentation(declaration);
        if (signification.isEmpty()) {
            nonDocumentes.add(chemin);
        }
        Element type = type(declaration);
        String format = type == null ? format(declaration.getAttribute("type"))
                : type.getLocalName().equals("simpleType") ? format(type) : "bloc";
        if (type != null && type.getLocalName().equals("complexType") && !documentation(type).isEmpty()) {
            signification = (signification + " " + documentation(type)).strip();
        }
        lignes.append("| `").append(chemin).append("` | ").append(presence).append(" | ").append(format)
                .append(" | ").append(cellule(signification)).append(" |\n");
        if (type != null && type.getLocalName().equals("complexType")) {
            for (Element attribut : enfants(type, "attribute")) {
                String nomAttribut = attribut.getAttribute("name");
                String doc = documentation(attribut);
                if (doc.isEmpty()) {
                    nonDocumentes.add(chemin + "/@" + nomAttribut);
                }
                lignes.append("| `").append(chemin).append("/@").append(nomAttribut).append("` | ")
                        .append("required".equals(attribut.getAttribute("use")) ? "obligatoire" : "facultatif")
                        .append(" | ").append(attribut.hasAttribute("fixed") ? "toujours `"
                                + attribut.getAttribute("fixed") + "`" : format(attribut.getAttribute("type")))
                        .append(" | ").append(cellule(doc)).append(" |\n");
            }
            contenu(type, chemin, false, false, lignes);
        }
    }

    /** The particles of a complex type, a sequence, a choice or a group, in order. */
    private void contenu(Element noeud, String chemin, boolean auChoix, boolean facultatif, StringBuilder lignes) {
        for (Node n = noeud.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !XS.equals(e.getNamespaceURI())) {
                continue;
            }
            boolean sansMinimum = "0".equals(e.getAttribute("minOccurs"));
            switch (e.getLocalName()) {
                case "sequence" -> contenu(e, chemin, auChoix, facultatif || sansMinimum, lignes);
                case "choice" -> contenu(e, chemin, true, facultatif || sansMinimum, lignes);
                case "group" -> contenu(groupes.get(e.getAttribute("ref")), chemin, auChoix, facultatif || sansMinimum,
                        lignes);
                case "element" -> decrire(e, chemin, presence(e, auChoix, facultatif), lignes);
                default -> {
                    // annotations, attributes (described with their element)
                }
            }
        }
    }

    private static String presence(Element e, boolean auChoix, boolean facultatif) {
        String min = e.hasAttribute("minOccurs") ? e.getAttribute("minOccurs") : "1";
        String max = e.hasAttribute("maxOccurs") ? e.getAttribute("maxOccurs") : "1";
        String nombre;
        if (max.equals("1")) {
            nombre = min.equals("0") || facultatif ? "facultatif" : "obligatoire";
        } else if (max.equals("unbounded")) {
            nombre = (min.equals("0") || facultatif ? "0" : min) + " ou plus";
        } else if (max.equals(min)) {
            nombre = "exactement " + max;
        } else {
            nombre = (facultatif ? "0" : min) + " à " + max;
        }
        return auChoix ? nombre + ", au choix" : nombre;
    }

    /** The declaration's type: its inline one, or its named one from the schema; null for a built-in type. */
    private Element type(Element declaration) {
        for (String genre : List.of("complexType", "simpleType")) {
            var inline = enfants(declaration, genre);
            if (!inline.isEmpty()) {
                return inline.getFirst();
            }
        }
        return types.get(declaration.getAttribute("type"));
    }

    private String format(String typeNomme) {
        if (typeNomme.isEmpty()) {
            return "texte";
        }
        if (types.containsKey(typeNomme)) {
            return format(types.get(typeNomme));
        }
        return switch (typeNomme) {
            case "xs:string" -> "texte";
            case "xs:date" -> "date `xs:date`";
            case "xs:dateTime" -> "date et heure `xs:dateTime`";
            case "xs:base64Binary" -> "contenu en base64";
            default -> "`" + typeNomme + "`";
        };
    }

    /** A simple type: its documentation, its base when it says nothing, and the values it allows. */
    private String format(Element simpleType) {
        var restriction = enfants(simpleType, "restriction");
        String texte = documentation(simpleType);
        if (texte.isEmpty() && !restriction.isEmpty()) {
            texte = format(restriction.getFirst().getAttribute("base"));
        }
        if (!restriction.isEmpty()) {
            var valeurs = new ArrayList<String>();
            for (Element valeur : enfants(restriction.getFirst(), "enumeration")) {
                String doc = documentation(valeur);
                valeurs.add("`" + valeur.getAttribute("value") + "`" + (doc.isEmpty() ? "" : " (" + doc + ")"));
            }
            if (!valeurs.isEmpty()) {
                texte = (texte.isEmpty() ? "" : texte + (texte.endsWith(".") ? " " : ". ")) + "Valeurs : "
                        + String.join(", ", valeurs) + ".";
            }
        }
        return cellule(texte);
    }

    private static String documentation(Element element) {
        for (Element annotation : enfants(element, "annotation")) {
            for (Element doc : enfants(annotation, "documentation")) {
                return doc.getTextContent().strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    private static String cellule(String texte) {
        return texte.replace("|", "\\|");
    }

    private static List<Element> enfants(Element parent, String nom) {
        var liste = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && nom.equals(e.getLocalName())) {
                liste.add(e);
            }
        }
        return liste;
    }

    private void indexer(Element schema, String ressource) {
        for (Element type : enfants(schema, "complexType")) {
            types.put(type.getAttribute("name"), type);
        }
        for (Element type : enfants(schema, "simpleType")) {
            types.put(type.getAttribute("name"), type);
        }
        for (Element groupe : enfants(schema, "group")) {
            groupes.put(groupe.getAttribute("name"), groupe);
        }
        for (Element inclusion : enfants(schema, "include")) {
            String inclus = ressource.substring(0, ressource.lastIndexOf('/') + 1)
                    + inclusion.getAttribute("schemaLocation");
            indexer(lire(inclus), inclus);
        }
    }

    private static Element lire(String ressource) {
        try (InputStream entree = new ClassPathResource(ressource).getInputStream()) {
            var fabrique = DocumentBuilderFactory.newInstance();
            fabrique.setNamespaceAware(true);
            fabrique.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return fabrique.newDocumentBuilder().parse(entree).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Schéma illisible : " + ressource, e);
        }
    }
}
