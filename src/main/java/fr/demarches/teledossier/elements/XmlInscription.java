package fr.demarches.teledossier.elements;

import static fr.demarches.teledossier.elements.XmlCommun.texte;

import java.time.Instant;
import java.util.List;

import fr.demarches.teledossier.elements.XmlCommun.AdresseXml;
import fr.demarches.teledossier.elements.XmlCommun.Formalite;
import fr.demarches.teledossier.elements.XmlCommun.MethodeContact;
import fr.demarches.teledossier.elements.XmlCommun.Naissance;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The ILE data file (xsd/inscription-listes-electorales.xsd), version 2: the blocks and names of the State's RCO
 * file, so that municipal software finds its way in both, but typed values, as the State publishes no ILE file to
 * stay compatible with: the sending instant with its offset, an xs:date for the birth, the birthplace in France or
 * abroad each part in its own element; an optional value that does not exist is left out.
 */
@XmlRootElement(name = "InscriptionListesElectorales")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"formalite", "communeInscription", "listeElectorale", "personne", "attache", "inscriptionTardive", "identiteCertifiee", "pieces", "echanges"})
class XmlInscription {

    @XmlAttribute(name = "version", required = true)
    String version = "2";
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
    @XmlElement(name = "InscriptionTardive")
    Tardive inscriptionTardive;
    @XmlElement(name = "IdentiteCertifiee")
    XmlCommun.Certification identiteCertifiee;

    @XmlElement(name = "Pieces")
    XmlCommun.Pieces pieces;
    @XmlElement(name = "Echanges")
    XmlCommun.Echanges echanges;

    XmlInscription() {
    }

    /** Adds the pieces and the conversation (left out when there are none). */
    XmlInscription suivi(SuiviDossier suivi) {
        pieces = XmlCommun.Pieces.de(suivi);
        echanges = XmlCommun.Echanges.de(suivi);
        return this;
    }

    XmlInscription(String numero, Instant depot, DonneesIle d) {
        formalite = new Formalite();
        formalite.identifiant = numero;
        formalite.dateSoumission = XmlCommun.heure(depot);
        formalite.formaliteMotifCode = List.of("INSCRIPTION");
        communeInscription = new Commune(d.codeInseeInscription(), d.communeInscription());
        listeElectorale = d.listes().stream().sorted().map(Enum::name).toList();
        personne = new Personne(d);
        attache = d.attache() == null ? null : d.attache().name();
        inscriptionTardive = d.inscriptionTardive() == null ? null : new Tardive(d.inscriptionTardive());
        identiteCertifiee = XmlCommun.Certification.de(d.identiteCertifiee());
    }

    /** A request under Code électoral L30: the ground, its paragraph, the ballot and its L30 deadline. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"motif", "alinea", "scrutin", "premierTour", "dateLimite"})
    static class Tardive {
        @XmlElement(name = "Motif", required = true)
        String motif;
        @XmlElement(name = "Alinea", required = true)
        String alinea;
        @XmlElement(name = "Scrutin", required = true)
        String scrutin;
        @XmlElement(name = "PremierTour", required = true)
        String premierTour;
        @XmlElement(name = "DateLimite", required = true)
        String dateLimite;

        Tardive() {
        }

        Tardive(DonneesIle.InscriptionTardive t) {
            motif = t.motif().name();
            alinea = t.motif().alinea();
            scrutin = texte(t.scrutin());
            premierTour = t.premierTour().toString();
            dateLimite = t.dateLimite().toString();
        }
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
    @XmlType(name = "PersonneInscription", propOrder = {"civilite", "sexe", "nomFamille", "nomUsage", "prenomUsuel",
        "prenom", "naissance", "nationalite", "nationaliteLibelle", "adresseDomicile", "methodeContact"})
    static class Personne extends XmlCommun.Identite {
        @XmlElement(name = "Naissance", required = true)
        Naissance naissance;
        @XmlElement(name = "Nationalite", required = true)
        String nationalite;
        @XmlElement(name = "NationaliteLibelle", required = true)
        String nationaliteLibelle;
        @XmlElement(name = "AdresseDomicile", required = true)
        AdresseXml adresseDomicile;
        @XmlElement(name = "MethodeContact", required = true)
        List<MethodeContact> methodeContact;

        Personne() {
        }

        Personne(DonneesIle d) {
            super(d.sexe(), d.nomNaissance(), d.nomUsage(), d.prenoms(), false);
            naissance = new Naissance(d.dateNaissance(), d.lieuNaissance());
            nationalite = texte(d.nationalite());
            nationaliteLibelle = texte(d.nationaliteLibelle());
            adresseDomicile = new AdresseXml(d.adresse());
            methodeContact = MethodeContact.de(d.courriel(), d.telephone());
        }
    }
}
