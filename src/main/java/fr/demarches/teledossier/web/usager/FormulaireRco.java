package fr.demarches.teledossier.web.usager;

import static fr.demarches.teledossier.web.usager.Saisie.commune;
import static fr.demarches.teledossier.web.usager.Saisie.longueur;
import static fr.demarches.teledossier.web.usager.Saisie.net;
import static fr.demarches.teledossier.web.usager.Saisie.obligatoire;
import static fr.demarches.teledossier.web.usager.Saisie.present;

import java.time.LocalDate;
import java.util.List;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.teledossier.elements.Adresse;
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.elements.LieuNaissance;
import fr.demarches.teledossier.elements.Parent;
import fr.demarches.teledossier.elements.Sexe;
import fr.demarches.teledossier.regles.FenetreRecensement;

import org.springframework.validation.Errors;

/**
 * The RCO request as typed, kept as the draft between steps. Its fields are those of the State's
 * {@code RecensementCitoyen} file ({@link DonneesRco}), nothing more.
 */
public class FormulaireRco {

    static final String FRANCE = "FRANCE";
    static final String ETRANGER = "ETRANGER";

    // Identity
    private String sexe;
    private String nomFamille;
    private String nomUsage;
    private String prenoms;
    private String dateNaissance;
    private String lieuNaissance;
    private String codePostalNaissance;
    private String naissanceCommuneInsee;
    private String naissancePays;
    private String naissanceLocalite;
    private String nationalite;
    private String autreNationalite;
    // Domicile, residence, contact
    private String adresse;
    private String complementAdresse;
    private String codePostal;
    private String communeInsee;
    private boolean residenceDifferente;
    private String residenceAdresse;
    private String residenceCodePostal;
    private String residenceLocalite;
    private String telephone;
    // Family
    private String situationMatrimoniale;
    private String nombreEnfants;
    private String nombreFreresSoeurs;
    private String pupille;
    // Parents
    private ParentSaisi pere = new ParentSaisi();
    private ParentSaisi mere = new ParentSaisi();
    // Pieces
    private String pieceIdentite;
    private String pieceLivret;

    static FormulaireRco depuis(ProfilUsager p, String codePostalNaissance) {
        var f = new FormulaireRco();
        f.sexe = p.sexe();
        f.nomFamille = p.nomNaissance();
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
        f.nationalite = "FRANCAISE";
        f.pupille = "NON";
        return f;
    }

    /** Identity, then the age window: refused before 16 and from 25, with what to do instead. */
    void verifierIdentite(List<CommuneResume> communesNaissance, LocalDate aujourdhui, Errors erreurs) {
        if (!"F".equals(sexe) && !"M".equals(sexe)) {
            erreurs.rejectValue("sexe", "sexe", "Indiquez votre sexe.");
        }
        obligatoire(nomFamille, "nomFamille", "Saisissez votre nom de famille.", erreurs);
        longueur(nomUsage, "nomUsage", erreurs);
        obligatoire(prenoms, "prenoms", "Saisissez vos prénoms.", erreurs);
        LocalDate naissance = naissance(aujourdhui);
        if (naissance == null) {
            erreurs.rejectValue("dateNaissance", "dateNaissance",
                    present(dateNaissance) ? "Saisissez une date de naissance valide et passée, par exemple 15/01/2010."
                            : "Saisissez votre date de naissance.");
        } else if (FenetreRecensement.pour(naissance, aujourdhui).decision() instanceof FenetreRecensement.Refusee refus) {
            erreurs.rejectValue("dateNaissance", "dateNaissance.horsFenetre", refus.motif());
        }
        lieu(lieuNaissance, "lieuNaissance", codePostalNaissance, "codePostalNaissance", naissanceCommuneInsee,
                "naissanceCommuneInsee", naissancePays, "naissancePays", naissanceLocalite, "naissanceLocalite",
                communesNaissance, erreurs);
        if ("BINATIONALE".equals(nationalite)) {
            obligatoire(autreNationalite, "autreNationalite", "Saisissez votre autre nationalité.", erreurs);
        } else if (!"FRANCAISE".equals(nationalite)) {
            erreurs.rejectValue("nationalite", "nationalite", "Indiquez votre nationalité.");
        }
    }

    void verifierDomicile(List<CommuneResume> communes, Errors erreurs) {
        obligatoire(adresse, "adresse", "Saisissez le numéro et la voie de votre domicile.", erreurs);
        longueur(complementAdresse, "complementAdresse", erreurs);
        commune(codePostal, "codePostal", communeInsee, "communeInsee", communes, "de votre domicile", erreurs);
        if (residenceDifferente) {
            obligatoire(residenceAdresse, "residenceAdresse", "Saisissez le numéro et la voie de votre résidence.", erreurs);
            if (!present(residenceCodePostal) || !residenceCodePostal.strip().matches("\\d{5}")) {
                erreurs.rejectValue("residenceCodePostal", "residenceCodePostal",
                        "Saisissez le code postal de votre résidence : 5 chiffres.");
            }
            obligatoire(residenceLocalite, "residenceLocalite", "Saisissez la commune de votre résidence.", erreurs);
        }
        if (present(telephone) && !telephone.strip().matches("\\+?[0-9][0-9 .-]{8,18}[0-9]")) {
            erreurs.rejectValue("telephone", "telephone",
                    "Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.");
        }
    }

    void verifierFamille(Errors erreurs) {
        if (enumere(DonneesRco.SituationMatrimoniale.class, situationMatrimoniale) == null) {
            erreurs.rejectValue("situationMatrimoniale", "situationMatrimoniale", "Indiquez votre situation matrimoniale.");
        }
        if (nombre(nombreEnfants) < 0) {
            erreurs.rejectValue("nombreEnfants", "nombreEnfants", "Saisissez le nombre de vos enfants, par exemple 0.");
        }
        if (nombre(nombreFreresSoeurs) < 0) {
            erreurs.rejectValue("nombreFreresSoeurs", "nombreFreresSoeurs",
                    "Saisissez le nombre de vos frères et sœurs, par exemple 0.");
        }
        if (enumere(DonneesRco.Pupille.class, pupille) == null) {
            erreurs.rejectValue("pupille", "pupille", "Indiquez si vous êtes pupille de l'État ou de la Nation.");
        }
    }

    void verifierFiliation(List<CommuneResume> communesPere, List<CommuneResume> communesMere, LocalDate aujourdhui,
            Errors erreurs) {
        pere.verifier("pere", "de votre père", communesPere, aujourdhui, erreurs);
        mere.verifier("mere", "de votre mère", communesMere, aujourdhui, erreurs);
    }

    DonneesRco donnees(Referentiel referentiel, String courriel, LocalDate aujourdhui) {
        var domicileCommune = referentiel.parCodeInsee(communeInsee).orElseThrow();
        var domicile = Adresses.de(adresse, complementAdresse, codePostal, domicileCommune.nom(), domicileCommune.codeInsee());
        var residence = residenceDifferente
                ? Adresses.de(residenceAdresse, null, residenceCodePostal, residenceLocalite.strip(), null) : null;
        return new DonneesRco(Sexe.valueOf(sexe), nomFamille.strip(), net(nomUsage), prenoms.strip(), naissance(aujourdhui),
                Adresses.lieu(lieuNaissance, codePostalNaissance, naissanceCommuneInsee, naissancePays, naissanceLocalite,
                        referentiel),
                DonneesRco.Nationalite.valueOf(nationalite), "BINATIONALE".equals(nationalite) ? autreNationalite.strip() : null,
                domicile, residence, DonneesRco.SituationMatrimoniale.valueOf(situationMatrimoniale),
                nombre(nombreEnfants), DonneesRco.Pupille.valueOf(pupille), nombre(nombreFreresSoeurs),
                pere.parent(referentiel, aujourdhui), mere.parent(referentiel, aujourdhui), courriel, net(telephone));
    }

    LocalDate naissance(LocalDate aujourdhui) {
        return Saisie.datePassee(dateNaissance, aujourdhui);
    }

    static void lieu(String lieu, String champLieu, String codePostal, String champCode, String insee, String champInsee,
            String pays, String champPays, String ville, String champVille, List<CommuneResume> communes, Errors erreurs) {
        if (FRANCE.equals(lieu)) {
            commune(codePostal, champCode, insee, champInsee, communes, "de naissance", erreurs);
        } else if (ETRANGER.equals(lieu)) {
            if (Pays.nom(pays).isEmpty()) {
                erreurs.rejectValue(champPays, champPays, "Choisissez le pays de naissance.");
            }
            obligatoire(ville, champVille, "Saisissez la ville de naissance.", erreurs);
        } else {
            erreurs.rejectValue(champLieu, champLieu, "Indiquez si la naissance a eu lieu en France ou à l'étranger.");
        }
    }

    /** A count typed by the citizen, or -1 when it is not a number between 0 and 99. */
    static int nombre(String saisie) {
        if (saisie == null || !saisie.strip().matches("\\d{1,2}")) {
            return -1;
        }
        return Integer.parseInt(saisie.strip());
    }

    static <E extends Enum<E>> E enumere(Class<E> type, String valeur) {
        try {
            return valeur == null ? null : Enum.valueOf(type, valeur);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A parent as typed; "inconnu" leaves every other field aside. */
    public static class ParentSaisi {

        private boolean inconnu;
        private String nom;
        private String prenoms;
        private String dateNaissance;
        private String lieu;
        private String codePostal;
        private String communeInsee;
        private String pays;
        private String ville;
        private String nationalite;

        void verifier(String prefixe, String duquel, List<CommuneResume> communes, LocalDate aujourdhui, Errors erreurs) {
            if (inconnu) {
                return;
            }
            obligatoire(nom, prefixe + ".nom", "Saisissez le nom de famille " + duquel + ".", erreurs);
            obligatoire(prenoms, prefixe + ".prenoms", "Saisissez les prénoms " + duquel + ".", erreurs);
            if (Saisie.datePassee(dateNaissance, aujourdhui) == null) {
                erreurs.rejectValue(prefixe + ".dateNaissance", "dateNaissance",
                        "Saisissez la date de naissance " + duquel + ", par exemple 03/05/1980.");
            }
            lieu(lieu, prefixe + ".lieu", codePostal, prefixe + ".codePostal", communeInsee, prefixe + ".communeInsee",
                    pays, prefixe + ".pays", ville, prefixe + ".ville", communes, erreurs);
            obligatoire(nationalite, prefixe + ".nationalite", "Saisissez la nationalité " + duquel + ".", erreurs);
        }

        Parent parent(Referentiel referentiel, LocalDate aujourdhui) {
            if (inconnu) {
                return Parent.nonConnu();
            }
            return new Parent(false, nom.strip(), prenoms.strip(), Saisie.datePassee(dateNaissance, aujourdhui),
                    Adresses.lieu(lieu, codePostal, communeInsee, pays, ville, referentiel), nationalite.strip());
        }

        public boolean isInconnu() { return inconnu; }
        public void setInconnu(boolean v) { inconnu = v; }
        public String getNom() { return nom; }
        public void setNom(String v) { nom = v; }
        public String getPrenoms() { return prenoms; }
        public void setPrenoms(String v) { prenoms = v; }
        public String getDateNaissance() { return dateNaissance; }
        public void setDateNaissance(String v) { dateNaissance = v; }
        public String getLieu() { return lieu; }
        public void setLieu(String v) { lieu = v; }
        public String getCodePostal() { return codePostal; }
        public void setCodePostal(String v) { codePostal = v; }
        public String getCommuneInsee() { return communeInsee; }
        public void setCommuneInsee(String v) { communeInsee = v; }
        public String getPays() { return pays; }
        public void setPays(String v) { pays = v; }
        public String getVille() { return ville; }
        public void setVille(String v) { ville = v; }
        public String getNationalite() { return nationalite; }
        public void setNationalite(String v) { nationalite = v; }
    }

    public String getSexe() { return sexe; }
    public void setSexe(String v) { sexe = v; }
    public String getNomFamille() { return nomFamille; }
    public void setNomFamille(String v) { nomFamille = v; }
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
    public String getNationalite() { return nationalite; }
    public void setNationalite(String v) { nationalite = v; }
    public String getAutreNationalite() { return autreNationalite; }
    public void setAutreNationalite(String v) { autreNationalite = v; }
    public String getAdresse() { return adresse; }
    public void setAdresse(String v) { adresse = v; }
    public String getComplementAdresse() { return complementAdresse; }
    public void setComplementAdresse(String v) { complementAdresse = v; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String v) { codePostal = v; }
    public String getCommuneInsee() { return communeInsee; }
    public void setCommuneInsee(String v) { communeInsee = v; }
    public boolean isResidenceDifferente() { return residenceDifferente; }
    public void setResidenceDifferente(boolean v) { residenceDifferente = v; }
    public String getResidenceAdresse() { return residenceAdresse; }
    public void setResidenceAdresse(String v) { residenceAdresse = v; }
    public String getResidenceCodePostal() { return residenceCodePostal; }
    public void setResidenceCodePostal(String v) { residenceCodePostal = v; }
    public String getResidenceLocalite() { return residenceLocalite; }
    public void setResidenceLocalite(String v) { residenceLocalite = v; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String v) { telephone = v; }
    public String getSituationMatrimoniale() { return situationMatrimoniale; }
    public void setSituationMatrimoniale(String v) { situationMatrimoniale = v; }
    public String getNombreEnfants() { return nombreEnfants; }
    public void setNombreEnfants(String v) { nombreEnfants = v; }
    public String getNombreFreresSoeurs() { return nombreFreresSoeurs; }
    public void setNombreFreresSoeurs(String v) { nombreFreresSoeurs = v; }
    public String getPupille() { return pupille; }
    public void setPupille(String v) { pupille = v; }
    public ParentSaisi getPere() { return pere; }
    public void setPere(ParentSaisi v) { pere = v == null ? new ParentSaisi() : v; }
    public ParentSaisi getMere() { return mere; }
    public void setMere(ParentSaisi v) { mere = v == null ? new ParentSaisi() : v; }
    public String getPieceIdentite() { return pieceIdentite; }
    public void setPieceIdentite(String v) { pieceIdentite = v; }
    public String getPieceLivret() { return pieceLivret; }
    public void setPieceLivret(String v) { pieceLivret = v; }
}
