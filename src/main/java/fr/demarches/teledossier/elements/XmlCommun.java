package fr.demarches.teledossier.elements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.demarches.shared.Fuseau;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The blocks both XML files share (xsd/commun.xsd): those of the State's file keep its names and formats, every
 * element written, empty when unknown, as municipal software reads them by position and name; the typed ones
 * ({@link Naissance}, instants with their offset) leave out what does not exist.
 */
final class XmlCommun {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Local Paris time without offset, as in the State's files ("2021-08-04T11:42:48"). */
    private static final DateTimeFormatter HEURE_LOCALE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(Fuseau.PARIS);
    /** Paris time with its offset ("2026-03-02T09:41:07+01:00"): one instant, whatever the reader's zone. */
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(Fuseau.PARIS);

    private XmlCommun() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String heureLocale(Instant instant) {
        return HEURE_LOCALE.format(instant);
    }

    static String heure(Instant instant) {
        return HEURE.format(instant);
    }

    /** A typed optional value: null (the element is left out) rather than empty. */
    static String ouRien(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
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
     * Who the request is about, from civility to the other given names, as both files name it. A value that does
     * not exist is empty in the State's format ({@code formatEtat}), left out in a typed file.
     */
    @XmlTransient
    @XmlAccessorType(XmlAccessType.FIELD)
    abstract static class Identite {
        @XmlElement(name = "Civilite", required = true)
        String civilite;
        @XmlElement(name = "Sexe", required = true)
        String sexe;
        @XmlElement(name = "NomFamille", required = true)
        String nomFamille;
        @XmlElement(name = "NomUsage")
        String nomUsage;
        @XmlElement(name = "PrenomUsuel", required = true)
        String prenomUsuel;
        @XmlElement(name = "Prenom")
        String prenom;

        Identite() {
        }

        Identite(Sexe sexe, String nomFamille, String nomUsage, String prenoms, boolean formatEtat) {
            String vide = formatEtat ? "" : null;
            civilite = sexe == null ? vide : sexe.civilite();
            this.sexe = sexe == null ? vide : sexe.code();
            this.nomFamille = texte(nomFamille);
            this.nomUsage = formatEtat ? texte(nomUsage) : ouRien(nomUsage);
            prenomUsuel = Textes.premierMot(prenoms);
            prenom = formatEtat ? Textes.apresPremierMot(prenoms) : ouRien(Textes.apresPremierMot(prenoms));
        }
    }

    /** How the identity was attested (xsd/commun.xsd IdentiteCertifiee); left out after a password sign-in. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IdentiteCertifiee", propOrder = {"fournisseur", "niveau", "dateAuthentification", "titulaire"})
    static class Certification {
        @XmlElement(name = "Fournisseur", required = true)
        String fournisseur;
        @XmlElement(name = "Niveau")
        String niveau;
        @XmlElement(name = "DateAuthentification", required = true)
        String dateAuthentification;
        @XmlElement(name = "Titulaire", required = true)
        String titulaire;

        Certification() {
        }

        static Certification de(IdentiteCertifiee c) {
            if (c == null) {
                return null;
            }
            var x = new Certification();
            x.fournisseur = c.fournisseur();
            x.niveau = ouRien(c.niveau());
            x.dateAuthentification = heure(c.authentifieeLe());
            x.titulaire = c.titulaire().name();
            return x;
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
            // The State's file leaves it out of an address not given (the residence, when it is the domicile).
            codeInsee = a == null ? null : texte(adresse.codeInsee());
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

    /**
     * Birth, typed (xsd type Naissance, or NaissanceParent where every part may be missing): an xs:date, then the
     * place in France (INSEE code, commune…) or abroad (country and town), each part in its own element.
     */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"date", "france", "etranger"})
    static class Naissance {
        @XmlElement(name = "Date")
        String date;
        @XmlElement(name = "France")
        EnFrance france;
        @XmlElement(name = "Etranger")
        ALEtranger etranger;

        Naissance() {
        }

        Naissance(LocalDate date, LieuNaissance lieu) {
            this.date = date == null ? null : date.toString();
            if (lieu != null && lieu.enFrance()) {
                france = new EnFrance(lieu);
            } else if (lieu != null && lieu.pays() != null) {
                etranger = new ALEtranger(lieu);
            }
        }

        /** A parent's birth, or null (no element) when nothing of it is known. */
        static Naissance duParent(Parent parent) {
            if (parent == null || parent.inconnu()
                    || parent.dateNaissance() == null && parent.lieuNaissance() == null) {
                return null;
            }
            return new Naissance(parent.dateNaissance(), parent.lieuNaissance());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"codeInsee", "commune", "codePostal", "departement"})
    static class EnFrance {
        @XmlElement(name = "CodeINSEE", required = true)
        String codeInsee;
        @XmlElement(name = "Commune", required = true)
        String commune;
        @XmlElement(name = "CodePostal")
        String codePostal;
        @XmlElement(name = "Departement")
        String departement;

        EnFrance() {
        }

        EnFrance(LieuNaissance lieu) {
            codeInsee = texte(lieu.codeInsee());
            commune = texte(lieu.commune());
            codePostal = ouRien(lieu.codePostal());
            departement = ouRien(lieu.departement());
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"pays", "paysLibelle", "ville"})
    static class ALEtranger {
        @XmlElement(name = "Pays", required = true)
        String pays;
        @XmlElement(name = "PaysLibelle", required = true)
        String paysLibelle;
        @XmlElement(name = "Ville", required = true)
        String ville;

        ALEtranger() {
        }

        ALEtranger(LieuNaissance lieu) {
            pays = texte(lieu.pays());
            paysLibelle = texte(lieu.paysLibelle());
            ville = texte(lieu.commune());
        }
    }

    /** Every piece of the dossier with its version: the originals stay, a replacement is version 2, and so on. */
    @XmlAccessorType(XmlAccessType.FIELD)
    static class Pieces {
        @XmlElement(name = "Piece", required = true)
        List<PieceXml> piece;

        Pieces() {
        }

        /** Null (the element is left out) when the dossier has no piece. */
        static Pieces de(SuiviDossier suivi) {
            if (suivi.pieces().isEmpty()) {
                return null;
            }
            var pieces = new Pieces();
            pieces.piece = suivi.pieces().stream().map(PieceXml::new).toList();
            return pieces;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static class PieceXml {
        @jakarta.xml.bind.annotation.XmlAttribute(name = "type", required = true)
        String type;
        @jakarta.xml.bind.annotation.XmlAttribute(name = "version", required = true)
        int version;
        @jakarta.xml.bind.annotation.XmlAttribute(name = "origine", required = true)
        String origine;

        PieceXml() {
        }

        PieceXml(SuiviDossier.Piece piece) {
            type = piece.type();
            version = piece.version();
            origine = piece.complement() ? "COMPLEMENT" : "DEPOT";
        }
    }

    /** The requests for complements and the citizen's answers, oldest first. */
    @XmlAccessorType(XmlAccessType.FIELD)
    static class Echanges {
        @XmlElement(name = "Echange", required = true)
        List<EchangeXml> echange;

        Echanges() {
        }

        static Echanges de(SuiviDossier suivi) {
            if (suivi.echanges().isEmpty()) {
                return null;
            }
            var echanges = new Echanges();
            echanges.echange = suivi.echanges().stream().map(EchangeXml::new).toList();
            return echanges;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"message", "pieceDemandee", "donneeACorriger", "correction"})
    static class EchangeXml {
        @jakarta.xml.bind.annotation.XmlAttribute(name = "auteur", required = true)
        String auteur;
        @jakarta.xml.bind.annotation.XmlAttribute(name = "date", required = true)
        String date;
        @XmlElement(name = "Message")
        String message;
        @XmlElement(name = "PieceDemandee")
        List<String> pieceDemandee;
        @XmlElement(name = "DonneeACorriger")
        List<String> donneeACorriger;
        @XmlElement(name = "Correction")
        List<CorrectionXml> correction;

        EchangeXml() {
        }

        EchangeXml(SuiviDossier.Echange e) {
            auteur = e.mairie() ? "MAIRIE" : "USAGER";
            date = heure(e.date());
            message = ouRien(e.message());
            pieceDemandee = List.copyOf(e.piecesDemandees().keySet());
            donneeACorriger = List.copyOf(e.donneesDemandees().keySet());
            correction = e.corrections().entrySet().stream()
                    .map(c -> new CorrectionXml(c.getKey(), c.getValue().valeur())).toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static class CorrectionXml {
        @jakarta.xml.bind.annotation.XmlAttribute(name = "donnee", required = true)
        String donnee;
        @jakarta.xml.bind.annotation.XmlValue
        String valeur;

        CorrectionXml() {
        }

        CorrectionXml(String donnee, String valeur) {
            this.donnee = donnee;
            this.valeur = valeur;
        }
    }
}
