package fr.demarches.teledossier.elements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The blocks both XML files share, in the State's vocabulary. Every element is written, empty when unknown, as the
 * State's files do: municipal software reads them by position and name.
 */
final class XmlCommun {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private XmlCommun() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String texte(String valeur) {
        return valeur == null ? "" : valeur.strip();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"identifiant", "formaliteType", "dateSoumission", "formaliteMotifCode", "formaliteModeCode"})
    static class Formalite {
        @XmlElement(name = "Identifiant", required = true)
        String identifiant;
        @XmlElement(name = "FormaliteType", required = true)
        String formaliteType = "DECL";
        @XmlElement(name = "DateSoumission", required = true)
        String dateSoumission;
        @XmlElement(name = "FormaliteMotifCode", required = true)
        List<String> formaliteMotifCode;
        @XmlElement(name = "FormaliteModeCode", required = true)
        String formaliteModeCode = "AJOUT";
    }

    /**
     * The person block both files share, up to the domicile; each file's class lists these properties first in its
     * propOrder and adds its own after them.
     */
    @XmlTransient
    @XmlAccessorType(XmlAccessType.FIELD)
    abstract static class PersonneCommune {
        @XmlElement(name = "Civilite", required = true)
        String civilite;
        @XmlElement(name = "Sexe", required = true)
        String sexe;
        @XmlElement(name = "NomFamille", required = true)
        String nomFamille;
        @XmlElement(name = "NomUsage", required = true)
        String nomUsage;
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
        @XmlElement(name = "AdresseDomicile", required = true)
        AdresseXml adresseDomicile;

        PersonneCommune() {
        }

        PersonneCommune(Sexe sexe, String nomFamille, String nomUsage, String prenoms, LocalDate naissance,
                LieuNaissance lieu, String nationalite, Adresse domicile) {
            civilite = sexe == null ? "" : sexe.civilite();
            this.sexe = sexe == null ? "" : sexe.code();
            this.nomFamille = texte(nomFamille);
            this.nomUsage = texte(nomUsage);
            prenomUsuel = Textes.premierMot(prenoms);
            prenom = Textes.apresPremierMot(prenoms);
            dateNaissance = date(naissance);
            paysNaissance = lieu == null ? "" : texte(lieu.pays());
            this.nationalite = texte(nationalite);
            codeInseeNaissance = lieu == null ? "" : texte(lieu.codeInsee());
            lieuNaissance = Lieu.de(lieu);
            adresseDomicile = new AdresseXml(domicile);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"code", "nom"})
    static class Lieu {
        @XmlElement(name = "Code", required = true)
        String code;
        @XmlElement(name = "Nom", required = true)
        String nom;

        Lieu() {
        }

        Lieu(String code, String nom) {
            this.code = code;
            this.nom = texte(nom);
        }

        /** The two entries of the State's files: the commune (or city abroad), then the postal code or country. */
        static List<Lieu> de(LieuNaissance lieu) {
            if (lieu == null) {
                return List.of(new Lieu("COMMUNE", ""), new Lieu("AUTRE", ""));
            }
            return List.of(new Lieu("COMMUNE", lieu.commune()),
                    new Lieu("AUTRE", lieu.enFrance() ? lieu.codePostal() : lieu.paysLibelle()));
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"pointDeRemise", "complement", "numeroVoie", "extension", "typeVoie", "nomVoie", "lieuDit",
        "codePostal", "localite", "codeInsee"})
    static class AdresseXml {
        @XmlElement(name = "PointDeRemise", required = true)
        String pointDeRemise = "";
        @XmlElement(name = "Complement", required = true)
        String complement;
        @XmlElement(name = "NumeroVoie", required = true)
        String numeroVoie;
        @XmlElement(name = "Extension", required = true)
        String extension;
        @XmlElement(name = "TypeVoie", required = true)
        String typeVoie;
        @XmlElement(name = "NomVoie", required = true)
        String nomVoie;
        @XmlElement(name = "LieuDit", required = true)
        String lieuDit;
        @XmlElement(name = "CodePostal", required = true)
        String codePostal;
        @XmlElement(name = "Localite", required = true)
        String localite;
        @XmlElement(name = "CodeINSEE", required = true)
        String codeInsee;

        AdresseXml() {
        }

        AdresseXml(Adresse a) {
            Adresse adresse = a == null ? new Adresse(null, null, null, null, null, null, null, null, null) : a;
            complement = texte(adresse.complement());
            numeroVoie = texte(adresse.numeroVoie());
            extension = texte(adresse.extension());
            typeVoie = texte(adresse.typeVoie());
            nomVoie = texte(adresse.nomVoie());
            lieuDit = texte(adresse.lieuDit());
            codePostal = texte(adresse.codePostal());
            localite = texte(adresse.localite());
            codeInsee = texte(adresse.codeInsee());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"uri", "canalCode"})
    static class MethodeContact {
        @XmlElement(name = "URI", required = true)
        String uri;
        @XmlElement(name = "CanalCode", required = true)
        String canalCode;

        MethodeContact() {
        }

        MethodeContact(String uri, String canalCode) {
            this.uri = texte(uri);
            this.canalCode = canalCode;
        }

        static List<MethodeContact> de(String courriel, String telephone) {
            var methodes = new java.util.ArrayList<MethodeContact>();
            methodes.add(new MethodeContact(courriel, "EMAIL"));
            if (telephone != null && !telephone.isBlank()) {
                methodes.add(new MethodeContact(telephone, "TEL"));
            }
            return methodes;
        }
    }
}
