package fr.demarches.teledossier.elements;

import static fr.demarches.teledossier.elements.XmlCommun.date;
import static fr.demarches.teledossier.elements.XmlCommun.texte;

import java.util.List;

import fr.demarches.teledossier.elements.XmlCommun.AdresseXml;
import fr.demarches.teledossier.elements.XmlCommun.Formalite;
import fr.demarches.teledossier.elements.XmlCommun.Lieu;
import fr.demarches.teledossier.elements.XmlCommun.MethodeContact;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The RCO data file, element for element the State's {@code RecensementCitoyen} (xsd/recensement-citoyen.xsd). */
@XmlRootElement(name = "RecensementCitoyen")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"convention", "formalite", "personne", "filiationPere", "filiationMere"})
class XmlRecensement {

    @XmlElement(name = "Convention", required = true)
    String convention = "";
    @XmlElement(name = "Formalite", required = true)
    Formalite formalite;
    @XmlElement(name = "Personne", required = true)
    Personne personne;
    @XmlElement(name = "FiliationPere", required = true)
    Filiation filiationPere;
    @XmlElement(name = "FiliationMere", required = true)
    Filiation filiationMere;

    XmlRecensement() {
    }

    XmlRecensement(String numero, String dateSoumission, DonneesRco d) {
        formalite = new Formalite();
        formalite.identifiant = numero;
        formalite.dateSoumission = dateSoumission;
        formalite.formaliteMotifCode = List.of("RECENSEMENT");
        personne = new Personne(d);
        filiationPere = new Filiation(d.pere());
        filiationMere = new Filiation(d.mere());
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PersonneRecensement", propOrder = {"civilite", "sexe", "nomFamille", "nomUsage", "prenomUsuel", "prenom", "dateNaissance",
        "paysNaissance", "nationalite", "codeInseeNaissance", "lieuNaissance", "adresseDomicile", "adresseResidence",
        "situationFamille", "methodeContact"})
    static class Personne extends XmlCommun.PersonneCommune {
        @XmlElement(name = "AdresseResidence", required = true)
        AdresseXml adresseResidence;
        @XmlElement(name = "SituationFamille", required = true)
        SituationFamille situationFamille;
        @XmlElement(name = "MethodeContact", required = true)
        List<MethodeContact> methodeContact;

        Personne() {
        }

        Personne(DonneesRco d) {
            super(d.sexe(), d.nomFamille(), d.nomUsage(), d.prenoms(), d.dateNaissance(), d.lieuNaissance(),
                    d.nationalite() == DonneesRco.Nationalite.BINATIONALE ? d.autreNationalite() : null, d.domicile());
            adresseResidence = new AdresseXml(d.residence());
            situationFamille = new SituationFamille(d);
            methodeContact = MethodeContact.de(d.courriel(), d.telephone());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"situationMatrimoniale", "nombreEnfants", "pupille", "nombreFrereSoeur"})
    static class SituationFamille {
        @XmlElement(name = "SituationMatrimoniale", required = true)
        String situationMatrimoniale;
        @XmlElement(name = "NombreEnfants", required = true)
        String nombreEnfants;
        @XmlElement(name = "Pupille", required = true)
        String pupille;
        @XmlElement(name = "NombreFrereSoeur", required = true)
        String nombreFrereSoeur;

        SituationFamille() {
        }

        SituationFamille(DonneesRco d) {
            situationMatrimoniale = d.situationMatrimoniale() == null ? "" : d.situationMatrimoniale().libelle();
            nombreEnfants = Integer.toString(d.nombreEnfants());
            pupille = d.pupille() == null ? "" : d.pupille().libelle();
            nombreFrereSoeur = Integer.toString(d.nombreFreresSoeurs());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"nomFamille", "prenomUsuel", "prenom", "dateNaissance", "paysNaissance", "nationalite",
        "codeInseeNaissance", "lieuNaissance"})
    static class Filiation {
        @XmlElement(name = "NomFamille", required = true)
        String nomFamille;
        @XmlElement(name = "PrenomUsuel", required = true)
        String prenomUsuel;
        @XmlElement(name = "Prenom", required = true)
        String prenom;
        @XmlElement(name = "DateNaissance", required = true)
        String dateNaissance;
        @XmlElement(name = "PaysNaissance", required = true)
        String paysNaissance;
        @XmlElement(name = "Nationalite", required = true)
        String nationalite;
        @XmlElement(name = "CodeINSEENaissance", required = true)
        String codeInseeNaissance;
        @XmlElement(name = "LieuNaissance", required = true)
        List<Lieu> lieuNaissance;

        Filiation() {
        }

        /** An unknown parent is written with every element empty, as the State's files do. */
        Filiation(Parent p) {
            Parent parent = p == null ? Parent.nonConnu() : p;
            nomFamille = texte(parent.nomFamille());
            prenomUsuel = Textes.premierMot(parent.prenoms());
            prenom = Textes.apresPremierMot(parent.prenoms());
            dateNaissance = date(parent.dateNaissance());
            paysNaissance = parent.lieuNaissance() == null ? "" : texte(parent.lieuNaissance().pays());
            nationalite = texte(parent.nationalite());
            codeInseeNaissance = parent.lieuNaissance() == null ? "" : texte(parent.lieuNaissance().codeInsee());
            lieuNaissance = Lieu.de(parent.lieuNaissance());
        }
    }
}
