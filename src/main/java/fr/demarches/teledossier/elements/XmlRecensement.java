package fr.demarches.teledossier.elements;

import static fr.demarches.teledossier.elements.XmlCommun.date;
import static fr.demarches.teledossier.elements.XmlCommun.texte;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.XmlCommun.AdresseXml;
import fr.demarches.teledossier.elements.XmlCommun.Formalite;
import fr.demarches.teledossier.elements.XmlCommun.Lieu;
import fr.demarches.teledossier.elements.XmlCommun.MethodeContact;
import fr.demarches.teledossier.elements.XmlCommun.Naissance;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The RCO data file (xsd/recensement-citoyen.xsd): element for element the State's {@code RecensementCitoyen}, in
 * its formats, so that the software that reads the State's file reads this one; then, after the State's last
 * element, the same dates and birthplaces typed ({@code DonneesTypees}).
 */
@XmlRootElement(name = "RecensementCitoyen")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"convention", "formalite", "personne", "filiationPere", "filiationMere", "donneesTypees", "pieces", "echanges"})
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
    @XmlElement(name = "DonneesTypees", required = true)
    DonneesTypees donneesTypees;

    @XmlElement(name = "Pieces")
    XmlCommun.Pieces pieces;
    @XmlElement(name = "Echanges")
    XmlCommun.Echanges echanges;

    XmlRecensement() {
    }

    /** Adds the pieces and the conversation (left out when there are none). */
    XmlRecensement suivi(SuiviDossier suivi) {
        pieces = XmlCommun.Pieces.de(suivi);
        echanges = XmlCommun.Echanges.de(suivi);
        return this;
    }

    XmlRecensement(String numero, Instant depot, DonneesRco d) {
        formalite = new Formalite();
        formalite.identifiant = numero;
        formalite.dateSoumission = XmlCommun.heureLocale(depot);
        formalite.formaliteMotifCode = List.of("RECENSEMENT");
        personne = new Personne(d);
        filiationPere = new Filiation(d.pere());
        filiationMere = new Filiation(d.mere());
        donneesTypees = new DonneesTypees(depot, d);
    }

    /** What the State's elements say in its formats, typed: the instant with its offset, dates, places. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"dateSoumission", "nationalite", "autreNationalite", "naissance", "naissancePere",
        "naissanceMere", "acquisitionNationalite", "delai", "declarant", "identiteCertifiee"})
    static class DonneesTypees {
        @XmlElement(name = "DateSoumission", required = true)
        String dateSoumission;
        @XmlElement(name = "Nationalite", required = true)
        String nationalite;
        @XmlElement(name = "AutreNationalite")
        String autreNationalite;
        @XmlElement(name = "Naissance", required = true)
        Naissance naissance;
        @XmlElement(name = "NaissancePere")
        Naissance naissancePere;
        @XmlElement(name = "NaissanceMere")
        Naissance naissanceMere;
        @XmlElement(name = "AcquisitionNationalite")
        String acquisitionNationalite;
        @XmlElement(name = "Delai")
        String delai;
        @XmlElement(name = "Declarant")
        DeclarantXml declarant;
        @XmlElement(name = "IdentiteCertifiee")
        XmlCommun.Certification identiteCertifiee;

        DonneesTypees() {
        }

        DonneesTypees(Instant depot, DonneesRco d) {
            dateSoumission = XmlCommun.heure(depot);
            nationalite = d.nationalite() == null ? DonneesRco.Nationalite.FRANCAISE.name() : d.nationalite().name();
            autreNationalite = d.nationalite() == DonneesRco.Nationalite.BINATIONALE
                    ? XmlCommun.ouRien(d.autreNationalite()) : null;
            naissance = new Naissance(d.dateNaissance(), d.lieuNaissance());
            naissancePere = Naissance.duParent(d.pere());
            naissanceMere = Naissance.duParent(d.mere());
            acquisitionNationalite = d.acquisitionNationalite() == null ? null : d.acquisitionNationalite().toString();
            // The window on the day of deposit; a refused one (too early, too late) cannot have been deposited.
            var periode = d.dateNaissance() == null ? null
                    : d.fenetre(LocalDate.ofInstant(depot, Fuseau.PARIS)).periode();
            delai = periode == null ? null : switch (periode) {
                case DANS_LE_DELAI, APRES_ACQUISITION, REGULARISATION -> periode.name();
                case TROP_TOT, TROP_TARD -> null;
            };
            declarant = d.declarant() == null ? null : new DeclarantXml(d.declarant());
            identiteCertifiee = XmlCommun.Certification.de(d.identiteCertifiee());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"qualite", "nom", "prenoms"})
    static class DeclarantXml {
        @XmlElement(name = "Qualite", required = true)
        String qualite;
        @XmlElement(name = "Nom", required = true)
        String nom;
        @XmlElement(name = "Prenoms", required = true)
        String prenoms;

        DeclarantXml() {
        }

        DeclarantXml(Declarant d) {
            qualite = d.qualite().name();
            nom = d.nom();
            prenoms = d.prenoms();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PersonneRecensement", propOrder = {"civilite", "sexe", "nomFamille", "nomUsage", "prenomUsuel",
        "prenom", "dateNaissance", "paysNaissance", "nationalite", "codeInseeNaissance", "lieuNaissance",
        "adresseDomicile", "adresseResidence", "situationFamille", "methodeContact"})
    static class Personne extends XmlCommun.Identite {
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
        @XmlElement(name = "AdresseDomicile", required = true)
        AdresseXml adresseDomicile;
        @XmlElement(name = "AdresseResidence", required = true)
        AdresseXml adresseResidence;
        @XmlElement(name = "SituationFamille", required = true)
        SituationFamille situationFamille;
        @XmlElement(name = "MethodeContact", required = true)
        List<MethodeContact> methodeContact;

        Personne() {
        }

        Personne(DonneesRco d) {
            super(d.sexe(), d.nomFamille(), d.nomUsage(), d.prenoms(), true);
            dateNaissance = date(d.dateNaissance());
            var lieu = d.lieuNaissance();
            paysNaissance = lieu == null ? "" : texte(lieu.pays());
            nationalite = texte(d.nationalite() == DonneesRco.Nationalite.BINATIONALE ? d.autreNationalite() : null);
            codeInseeNaissance = lieu == null ? "" : texte(lieu.codeInsee());
            lieuNaissance = Lieu.de(lieu);
            adresseDomicile = new AdresseXml(d.domicile());
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
