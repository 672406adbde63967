package fr.demarches.teledossier.elements;

import static fr.demarches.teledossier.elements.XmlCommun.texte;

import java.util.List;

import fr.demarches.teledossier.elements.XmlCommun.AdresseXml;
import fr.demarches.teledossier.elements.XmlCommun.Formalite;
import fr.demarches.teledossier.elements.XmlCommun.MethodeContact;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The ILE data file, built in the style of the State's RCO file (same blocks, same element names where the data is
 * the same) so that municipal software reads both the same way (xsd/inscription-listes-electorales.xsd).
 */
@XmlRootElement(name = "InscriptionListesElectorales")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"formalite", "communeInscription", "listeElectorale", "personne", "attache"})
class XmlInscription {

    @XmlElement(name = "Formalite", required = true)
    Formalite formalite;
    @XmlElement(name = "CommuneInscription", required = true)
    Commune communeInscription;
    @XmlElement(name = "ListeElectorale", required = true)
    List<String> listeElectorale;
    @XmlElement(name = "Personne", required = true)
    Personne personne;
    @XmlElement(name = "Attache", required = true)
    String attache;

    XmlInscription() {
    }

    XmlInscription(String numero, String dateSoumission, DonneesIle d) {
        formalite = new Formalite();
        formalite.identifiant = numero;
        formalite.dateSoumission = dateSoumission;
        formalite.formaliteMotifCode = List.of("INSCRIPTION");
        communeInscription = new Commune(d.codeInseeInscription(), d.communeInscription());
        listeElectorale = d.listes().stream().sorted().map(Enum::name).toList();
        personne = new Personne(d);
        attache = d.attache() == null ? "" : d.attache().name();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"codeInsee", "nom"})
    static class Commune {
        @XmlElement(name = "CodeINSEE", required = true)
        String codeInsee;
        @XmlElement(name = "Nom", required = true)
        String nom;

        Commune() {
        }

        Commune(String codeInsee, String nom) {
            this.codeInsee = texte(codeInsee);
            this.nom = texte(nom);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PersonneInscription", propOrder = {"civilite", "sexe", "nomFamille", "nomUsage", "prenomUsuel", "prenom", "dateNaissance",
        "paysNaissance", "nationalite", "codeInseeNaissance", "lieuNaissance", "adresseDomicile", "methodeContact"})
    static class Personne extends XmlCommun.PersonneCommune {
        @XmlElement(name = "MethodeContact", required = true)
        List<MethodeContact> methodeContact;

        Personne() {
        }

        Personne(DonneesIle d) {
            super(d.sexe(), d.nomNaissance(), d.nomUsage(), d.prenoms(), d.dateNaissance(), d.lieuNaissance(),
                    d.nationalite(), d.adresse());
            methodeContact = MethodeContact.de(d.courriel(), d.telephone());
        }
    }
}
