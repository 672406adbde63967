package fr.demarches.teledossier.web.usager;

import static fr.demarches.teledossier.web.usager.Saisie.commune;
import static fr.demarches.teledossier.web.usager.Saisie.longueur;
import static fr.demarches.teledossier.web.usager.Saisie.net;
import static fr.demarches.teledossier.web.usager.Saisie.obligatoire;
import static fr.demarches.teledossier.web.usager.Saisie.present;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.demarches.commune.CommuneResume;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.elements.LieuNaissance;
import fr.demarches.teledossier.elements.Sexe;

import org.springframework.validation.Errors;

/**
 * The ILE request as typed, kept as the draft between steps (JSON). Every field is a string so that nothing typed
 * is lost on an error; each step checks its own fields, and the review checks them all again before submission.
 */
public class FormulaireIle {

    static final String FRANCAISE = "FRANCAISE";
    static final String UE = "UE";
    static final String FRANCE = "FRANCE";
    static final String ETRANGER = "ETRANGER";
    static final String MUNICIPALE = "MUNICIPALE";
    static final String EUROPEENNE = "EUROPEENNE";

    // Situation
    private String nationalite;
    private String paysUe;
    private Set<String> listes = new LinkedHashSet<>();
    // Identity
    private String sexe;
    private String nomNaissance;
    private String nomUsage;
    private String prenoms;
    private String dateNaissance;
    private String lieuNaissance;
    private String codePostalNaissance;
    private String naissanceCommuneInsee;
    private String naissancePays;
    private String naissanceLocalite;
    // Address and link with the commune
    private String adresse;
    private String complementAdresse;
    private String codePostal;
    private String communeInsee;
    private String telephone;
    private String attache;
    // Commune of registration
    private String codePostalInscription;
    private String communeInscription;
    // Pieces: identifiers of documents of the citizen's space
    private String pieceIdentite;
    private String pieceAttache;

    /** A new request, prefilled from the citizen's profile. */
    static FormulaireIle depuis(ProfilUsager p, String codePostalNaissance) {
        var f = new FormulaireIle();
        f.sexe = p.sexe();
        f.nomNaissance = p.nomNaissance();
        f.nomUsage = p.nomUsage();
        f.prenoms = p.prenoms();
        f.dateNaissance = p.dateNaissance() == null ? null : p.dateNaissance().format(Saisie.DATE);
        f.lieuNaissance = p.neEnFrance() ? FRANCE : p.neALEtranger() ? ETRANGER : null;
        f.codePostalNaissance = codePostalNaissance;
        f.naissanceCommuneInsee = p.naissanceCommuneInsee();
        f.naissancePays = Pays.codeDe(p.naissancePays());
        f.naissanceLocalite = p.naissanceLocalite();
        f.adresse = p.adresse();
        f.complementAdresse = p.complementAdresse();
        f.codePostal = p.codePostal();
        f.communeInsee = p.communeInsee();
        f.telephone = p.telephone();
        f.codePostalInscription = p.codePostal();
        f.communeInscription = p.communeInsee();
        if (p.nationalite() != null && p.nationalite().strip().toLowerCase(java.util.Locale.FRENCH).startsWith("fran")) {
            f.nationalite = FRANCAISE;
        }
        return f;
    }

    void verifierSituation(Errors erreurs) {
        if (FRANCAISE.equals(nationalite)) {
            return;
        }
        if (!UE.equals(nationalite)) {
            erreurs.rejectValue("nationalite", "nationalite", "Indiquez votre nationalité.");
            return;
        }
        if (paysUe == null || !Pays.NATIONALITES_UE.containsKey(paysUe)) {
            erreurs.rejectValue("paysUe", "paysUe", "Choisissez votre pays de l'Union européenne.");
        }
        if (listes == null || listes.isEmpty() || !Set.of(MUNICIPALE, EUROPEENNE).containsAll(listes)) {
            erreurs.rejectValue("listes", "listes",
                    "Choisissez au moins une liste : élections municipales, élections européennes, ou les deux.");
        }
    }

    void verifierIdentite(List<CommuneResume> communesNaissance, LocalDate aujourdhui, Errors erreurs) {
        if (!"F".equals(sexe) && !"M".equals(sexe)) {
            erreurs.rejectValue("sexe", "sexe", "Indiquez votre sexe.");
        }
        obligatoire(nomNaissance, "nomNaissance", "Saisissez votre nom de naissance.", erreurs);
        longueur(nomUsage, "nomUsage", erreurs);
        obligatoire(prenoms, "prenoms", "Saisissez vos prénoms.", erreurs);
        if (naissance(aujourdhui) == null) {
            erreurs.rejectValue("dateNaissance", "dateNaissance",
                    present(dateNaissance) ? "Saisissez une date de naissance valide et passée, par exemple 14/07/1990."
                            : "Saisissez votre date de naissance.");
        }
        if (FRANCE.equals(lieuNaissance)) {
            commune(codePostalNaissance, "codePostalNaissance", naissanceCommuneInsee, "naissanceCommuneInsee",
                    communesNaissance, "de naissance", erreurs);
        } else if (ETRANGER.equals(lieuNaissance)) {
            if (Pays.nom(naissancePays).isEmpty()) {
                erreurs.rejectValue("naissancePays", "naissancePays", "Choisissez le pays de naissance.");
            }
            obligatoire(naissanceLocalite, "naissanceLocalite", "Saisissez la ville de naissance.", erreurs);
        } else {
            erreurs.rejectValue("lieuNaissance", "lieuNaissance", "Indiquez si vous êtes né(e) en France ou à l'étranger.");
        }
    }

    void verifierAdresse(List<CommuneResume> communesAdresse, Errors erreurs) {
        obligatoire(adresse, "adresse", "Saisissez le numéro et la voie de votre adresse.", erreurs);
        longueur(complementAdresse, "complementAdresse", erreurs);
        commune(codePostal, "codePostal", communeInsee, "communeInsee", communesAdresse, "de votre adresse", erreurs);
        if (present(telephone) && !telephone.strip().matches("\\+?[0-9][0-9 .-]{8,18}[0-9]")) {
            erreurs.rejectValue("telephone", "telephone",
                    "Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.");
        }
        if (attacheChoisie() == null) {
            erreurs.rejectValue("attache", "attache", "Indiquez votre lien avec la commune d'inscription.");
        }
    }

    void verifierCommune(List<CommuneResume> communes, Errors erreurs) {
        commune(codePostalInscription, "codePostalInscription", communeInscription, "communeInscription", communes,
                "d'inscription", erreurs);
    }

    /** The pieces must be documents of the citizen's space; the controller checks ownership and type. */
    void verifierPieces(boolean identiteValide, boolean attacheValide, Errors erreurs) {
        if (!identiteValide) {
            erreurs.rejectValue("pieceIdentite", "pieceIdentite",
                    "Choisissez votre pièce d'identité parmi vos documents, ou ajoutez-en une.");
        }
        if (!attacheValide) {
            erreurs.rejectValue("pieceAttache", "pieceAttache",
                    "Choisissez le justificatif de votre lien avec la commune, ou ajoutez-en un.");
        }
    }

    DonneesIle donnees(CommuneResume naissance, CommuneResume domicile, CommuneResume inscription, String courriel,
            LocalDate aujourdhui) {
        Set<DonneesIle.Liste> choisies = EnumSet.noneOf(DonneesIle.Liste.class);
        if (FRANCAISE.equals(nationalite)) {
            choisies.add(DonneesIle.Liste.GENERALE);
        } else {
            if (listes.contains(MUNICIPALE)) {
                choisies.add(DonneesIle.Liste.COMPLEMENTAIRE_MUNICIPALE);
            }
            if (listes.contains(EUROPEENNE)) {
                choisies.add(DonneesIle.Liste.COMPLEMENTAIRE_EUROPEENNE);
            }
        }
        LieuNaissance lieu = FRANCE.equals(lieuNaissance)
                ? LieuNaissance.enFrance(naissance.codeInsee(), codePostalNaissance.strip(), naissance.nom(), naissance.departement())
                : LieuNaissance.aLEtranger(naissanceLocalite.strip(), naissancePays, Pays.nom(naissancePays).orElseThrow());
        boolean francais = FRANCAISE.equals(nationalite);
        return new DonneesIle(choisies, Sexe.valueOf(sexe), nomNaissance.strip(), net(nomUsage), prenoms.strip(),
                naissance(aujourdhui), lieu, francais ? "FRA" : paysUe,
                francais ? "Française" : Pays.NATIONALITES_UE.get(paysUe),
                Adresses.de(adresse, complementAdresse, codePostal, domicile.nom(), domicile.codeInsee()), attacheChoisie(),
                inscription.codeInsee(), inscription.nom(), courriel, net(telephone));
    }

    DonneesIle.Attache attacheChoisie() {
        try {
            return attache == null ? null : DonneesIle.Attache.valueOf(attache);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The date of birth, or null when it is not a valid past date. */
    LocalDate naissance(LocalDate aujourdhui) {
        return Saisie.datePassee(dateNaissance, aujourdhui);
    }

    public String getNationalite() { return nationalite; }
    public void setNationalite(String v) { nationalite = v; }
    public String getPaysUe() { return paysUe; }
    public void setPaysUe(String v) { paysUe = v; }
    public Set<String> getListes() { return listes; }
    public void setListes(Set<String> v) { listes = v == null ? new LinkedHashSet<>() : new LinkedHashSet<>(v); }
    public String getSexe() { return sexe; }
    public void setSexe(String v) { sexe = v; }
    public String getNomNaissance() { return nomNaissance; }
    public void setNomNaissance(String v) { nomNaissance = v; }
    public String getNomUsage() { return nomUsage; }
    public void setNomUsage(String v) { nomUsage = v; }
    public String getPrenoms() { return prenoms; }
    public void setPrenoms(String v) { prenoms = v; }
    public String getDateNaissance() { return dateNaissance; }
    public void setDateNaissance(String v) { dateNaissance = v; }
    public String getLieuNaissance() { return lieuNaissance; }
    public void setLieuNaissance(String v) { lieuNaissance = v; }
    public String getCodePostalNaissance() { return codePostalNaissance; }
    public void setCodePostalNaissance(String v) { codePostalNaissance = v; }
    public String getNaissanceCommuneInsee() { return naissanceCommuneInsee; }
    public void setNaissanceCommuneInsee(String v) { naissanceCommuneInsee = v; }
    public String getNaissancePays() { return naissancePays; }
    public void setNaissancePays(String v) { naissancePays = v; }
    public String getNaissanceLocalite() { return naissanceLocalite; }
    public void setNaissanceLocalite(String v) { naissanceLocalite = v; }
    public String getAdresse() { return adresse; }
    public void setAdresse(String v) { adresse = v; }
    public String getComplementAdresse() { return complementAdresse; }
    public void setComplementAdresse(String v) { complementAdresse = v; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String v) { codePostal = v; }
    public String getCommuneInsee() { return communeInsee; }
    public void setCommuneInsee(String v) { communeInsee = v; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String v) { telephone = v; }
    public String getAttache() { return attache; }
    public void setAttache(String v) { attache = v; }
    public String getCodePostalInscription() { return codePostalInscription; }
    public void setCodePostalInscription(String v) { codePostalInscription = v; }
    public String getCommuneInscription() { return communeInscription; }
    public void setCommuneInscription(String v) { communeInscription = v; }
    public String getPieceIdentite() { return pieceIdentite; }
    public void setPieceIdentite(String v) { pieceIdentite = v; }
    public String getPieceAttache() { return pieceAttache; }
    public void setPieceAttache(String v) { pieceAttache = v; }
}
