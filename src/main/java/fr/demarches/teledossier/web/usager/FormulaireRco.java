package fr.demarches.teledossier.web.usager;

import static fr.demarches.teledossier.web.usager.Saisie.net;
import static fr.demarches.teledossier.web.usager.Saisie.obligatoire;
import static fr.demarches.teledossier.web.usager.Saisie.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.elements.Declarant;
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.elements.Parent;
import fr.demarches.teledossier.elements.Sexe;
import fr.demarches.teledossier.regles.DeclarantRecensement;
import fr.demarches.teledossier.regles.FenetreRecensement;

import org.springframework.validation.Errors;

/**
 * The RCO request as typed. Its fields are those of the State's {@code RecensementCitoyen} file
 * ({@link DonneesRco}), nothing more; the request goes to the mairie of the domicile.
 */
public class FormulaireRco extends FormulaireDemande<DonneesRco> {

    private static final String LIEU_MANQUANT = "Indiquez si la naissance a eu lieu en France ou à l'étranger.";

    /** The identity document, and the page of the family booklet if the mairie asks for it. */
    static final List<PieceDemandee<FormulaireRco>> PIECES = List.of(
            PieceDemandee.identite("Carte d’identité ou passeport."),
            new PieceDemandee<>("pieceLivret", "fichierLivret", "Livret de famille (facultatif)",
                    "La page de la personne à recenser, si la mairie la demande.", Set.of(TypeDocument.LIVRET_FAMILLE),
                    f -> TypeDocument.LIVRET_FAMILLE, true, "Choisissez la page du livret de famille parmi vos documents.",
                    FormulaireRco::getPieceLivret, FormulaireRco::setPieceLivret));

    // Who fills in the form: the young person (JEUNE) or a Declarant.Qualite; the identity fields hold the young
    // person's identity, prefilled from the profile only when the young person fills it in (identiteSaisiePour).
    private String declarant;
    private String declarantNom;
    private String declarantPrenoms;
    private String identiteSaisiePour;
    // Identity
    private String nomFamille;
    // Nationality acquired after birth (OUI/NON) and when: the month after it is a recensement window
    private String acquisitionNationalite;
    private String dateAcquisition;
    private String nationalite;
    private String autreNationalite;
    // Residence, when not at the domicile
    private boolean residenceDifferente;
    private String residenceAdresse;
    private String residenceCodePostal;
    private String residenceLocalite;
    // Family
    private String situationMatrimoniale;
    private String nombreEnfants;
    private String nombreFreresSoeurs;
    private String pupille;
    // Parents
    private ParentSaisi pere = new ParentSaisi();
    private ParentSaisi mere = new ParentSaisi();
    // Family booklet (optional piece)
    private String pieceLivret;

    // The young person fills the form in for themselves, or a parent for them: the words follow (R*111-1).
    private static final Libelles POUR_SOI = Libelles.pourSoi("nomFamille", "Saisissez votre nom de famille.",
            "15/01/2010", LIEU_MANQUANT, "Saisissez le numéro et la voie de votre domicile.", "de votre domicile");
    private static final Libelles POUR_UN_TIERS = new Libelles("nomFamille",
            "Saisissez le nom de famille de la personne à recenser.", "15/01/2010", LIEU_MANQUANT,
            "Saisissez le numéro et la voie du domicile de la personne à recenser.",
            "du domicile de la personne à recenser", "Indiquez le sexe de la personne à recenser.",
            "Saisissez les prénoms de la personne à recenser.",
            "Saisissez la date de naissance de la personne à recenser.");
    private static final Destinataire MAIRIE_POUR_SOI = new Destinataire(Etape.DOMICILE, "codePostal", "communeInsee",
            " ne reçoit pas le recensement en ligne : faites-vous recenser à la mairie de votre domicile.");
    private static final Destinataire MAIRIE_POUR_UN_TIERS = new Destinataire(Etape.DOMICILE, "codePostal",
            "communeInsee", " ne reçoit pas le recensement en ligne : le recensement se fait à la mairie du domicile "
                    + "de la personne à recenser.");

    @Override
    Libelles libelles() {
        return pourUnTiers() ? POUR_UN_TIERS : POUR_SOI;
    }

    @Override
    Destinataire destinataire() {
        return pourUnTiers() ? MAIRIE_POUR_UN_TIERS : MAIRIE_POUR_SOI;
    }

    /** The message for the young person filling the form in, or the one for a parent filling it in for them. */
    private String selon(String pourSoi, String pourUnTiers) {
        return pourUnTiers() ? pourUnTiers : pourSoi;
    }

    static FormulaireRco depuis(ProfilUsager p, String codePostalNaissance) {
        var f = new FormulaireRco();
        f.depuisProfil(p, codePostalNaissance);
        f.nationalite = "FRANCAISE";
        f.pupille = "NON";
        f.declarant = JEUNE;
        f.identiteSaisiePour = JEUNE;
        f.acquisitionNationalite = "NON";
        return f;
    }

    static final String JEUNE = "JEUNE";

    /** A parent or legal representative fills in the form for the young person (R*111-1). */
    public boolean pourUnTiers() {
        return declarant != null && !JEUNE.equals(declarant);
    }

    @Override
    public boolean identiteDuCompte() {
        return !pourUnTiers();
    }

    /**
     * The declarant's names as typed, against the profile's birth name and first names, case aside: those are the
     * ones the provider certified (a usage name may be the citizen's own entry).
     */
    @Override
    boolean declarantEst(ProfilUsager profil) {
        return memes(declarantPrenoms, profil.prenoms()) && memes(declarantNom, profil.nomNaissance());
    }

    private static boolean memes(String saisi, String certifie) {
        return saisi != null && certifie != null && saisi.strip().equalsIgnoreCase(certifie.strip());
    }

    /**
     * After the "who fills in" step: a parent gets an empty civil status to type the young person's (and their
     * own name prefilled as the declarant's), the young person gets theirs back from the profile. Only when the
     * answer changes, so that nothing typed is lost by going back to that step.
     */
    void declarantChoisi(ProfilUsager profil, String codePostalNaissance) {
        String pour = pourUnTiers() ? "TIERS" : JEUNE;
        if (pour.equals(identiteSaisiePour == null ? JEUNE : identiteSaisiePour)) {
            return;
        }
        if (pourUnTiers()) {
            etatCivilDepuis(ProfilUsager.vide(), null);
            if (!present(declarantNom)) {
                declarantNom = present(profil.nomUsage()) ? profil.nomUsage() : profil.nomNaissance();
            }
            if (!present(declarantPrenoms)) {
                declarantPrenoms = profil.prenoms();
            }
        } else {
            etatCivilDepuis(profil, codePostalNaissance);
        }
        identiteSaisiePour = pour;
    }

    @Override
    void verifier(Etape etape, Referentiel referentiel, LocalDate aujourdhui, Errors erreurs) {
        switch (etape) {
            case DECLARANT -> verifierDeclarant(erreurs);
            case IDENTITE -> {
                verifierEtatCivil(referentiel.parCodePostal(getCodePostalNaissance()), aujourdhui, erreurs);
                if ("BINATIONALE".equals(nationalite)) {
                    obligatoire(autreNationalite, "autreNationalite", selon("Saisissez votre autre nationalité.",
                            "Saisissez l'autre nationalité de la personne à recenser."), erreurs);
                } else if (!"FRANCAISE".equals(nationalite)) {
                    erreurs.rejectValue("nationalite", "nationalite", selon("Indiquez votre nationalité.",
                            "Indiquez la nationalité de la personne à recenser."));
                }
                verifierAcquisition(aujourdhui, erreurs);
            }
            case DOMICILE -> {
                verifierAdresse(referentiel.parCodePostal(getCodePostal()), erreurs);
                verifierResidence(erreurs);
                verifierTelephone(erreurs);
            }
            case FAMILLE -> verifierFamille(erreurs);
            case FILIATION -> {
                pere.verifier("pere", selon("de votre père", "du père de la personne à recenser"),
                        referentiel.parCodePostal(pere.getCodePostal()), aujourdhui, erreurs);
                mere.verifier("mere", selon("de votre mère", "de la mère de la personne à recenser"),
                        referentiel.parCodePostal(mere.getCodePostal()), aujourdhui, erreurs);
            }
            default -> {
            }
        }
    }

    @Override
    List<String[]> champsCommune() {
        var champs = new java.util.ArrayList<>(super.champsCommune());
        champs.add(new String[] {"pere.codePostal", "pere.communeInsee"});
        champs.add(new String[] {"mere.codePostal", "mere.communeInsee"});
        return champs;
    }

    /**
     * The RCO window (Code du service national L113-1, L113-3): refused before 16 and from 25 (save the month after
     * acquiring nationality), with what to do instead.
     */
    @Override
    void verifierNaissance(LocalDate naissance, LocalDate aujourdhui, Errors erreurs) {
        if (fenetre(naissance, aujourdhui).decision() instanceof FenetreRecensement.Refusee refus) {
            erreurs.rejectValue("dateNaissance", "dateNaissance.horsFenetre", refus.motif());
        } else if (enumere(Declarant.Qualite.class, declarant) instanceof Declarant.Qualite qualite
                && !DeclarantRecensement.admis(qualite, naissance, aujourdhui)) {
            erreurs.rejectValue("dateNaissance", "dateNaissance.majeur", "La personne à recenser est majeure : elle fait "
                    + "elle-même sa demande, ou son tuteur si elle est protégée (« Représentant légal »).");
        }
    }

    /** The window on this day, with the acquisition of nationality when one is declared and valid. */
    FenetreRecensement fenetre(LocalDate naissance, LocalDate aujourdhui) {
        return FenetreRecensement.pour(naissance, acquisition(naissance, aujourdhui), aujourdhui);
    }

    /** The day nationality was acquired: declared, a valid date, not after today nor before birth; else null. */
    LocalDate acquisition(LocalDate naissance, LocalDate aujourdhui) {
        if (!"OUI".equals(acquisitionNationalite)) {
            return null;
        }
        LocalDate date = Saisie.datePassee(dateAcquisition, aujourdhui.plusDays(1));
        return date == null || (naissance != null && date.isBefore(naissance)) ? null : date;
    }

    private void verifierAcquisition(LocalDate aujourdhui, Errors erreurs) {
        if (!"OUI".equals(acquisitionNationalite) && !"NON".equals(acquisitionNationalite)) {
            erreurs.rejectValue("acquisitionNationalite", "acquisitionNationalite",
                    selon("Indiquez si vous avez acquis la nationalité française après votre naissance.", "Indiquez "
                            + "si la personne à recenser a acquis la nationalité française après sa naissance."));
        } else if ("OUI".equals(acquisitionNationalite) && acquisition(naissance(aujourdhui), aujourdhui) == null) {
            erreurs.rejectValue("dateAcquisition", "dateAcquisition", "Saisissez la date d'acquisition de la "
                    + "nationalité française (ou de sa notification), passée et après la naissance, par exemple "
                    + "10/03/2026.");
        }
    }

    private void verifierDeclarant(Errors erreurs) {
        if (!JEUNE.equals(declarant) && enumere(Declarant.Qualite.class, declarant) == null) {
            erreurs.rejectValue("declarant", "declarant", "Indiquez qui remplit cette demande.");
        } else if (pourUnTiers()) {
            obligatoire(declarantNom, "declarantNom", "Saisissez votre nom.", erreurs);
            obligatoire(declarantPrenoms, "declarantPrenoms", "Saisissez vos prénoms.", erreurs);
        }
    }

    private void verifierResidence(Errors erreurs) {
        if (residenceDifferente) {
            obligatoire(residenceAdresse, "residenceAdresse", "Saisissez le numéro et la voie " + residence() + ".",
                    erreurs);
            if (!present(residenceCodePostal) || !residenceCodePostal.strip().matches("\\d{5}")) {
                erreurs.rejectValue("residenceCodePostal", "residenceCodePostal",
                        "Saisissez le code postal " + residence() + " : 5 chiffres.");
            }
            obligatoire(residenceLocalite, "residenceLocalite", "Saisissez la commune " + residence() + ".", erreurs);
        }
    }

    private String residence() {
        return selon("de votre résidence", "de la résidence de la personne à recenser");
    }

    private void verifierFamille(Errors erreurs) {
        if (enumere(DonneesRco.SituationMatrimoniale.class, situationMatrimoniale) == null) {
            erreurs.rejectValue("situationMatrimoniale", "situationMatrimoniale", selon("Indiquez votre situation "
                    + "matrimoniale.", "Indiquez la situation matrimoniale de la personne à recenser."));
        }
        if (nombre(nombreEnfants) < 0) {
            erreurs.rejectValue("nombreEnfants", "nombreEnfants", selon("Saisissez le nombre de vos enfants, par "
                    + "exemple 0.", "Saisissez le nombre d'enfants de la personne à recenser, par exemple 0."));
        }
        if (nombre(nombreFreresSoeurs) < 0) {
            erreurs.rejectValue("nombreFreresSoeurs", "nombreFreresSoeurs",
                    selon("Saisissez le nombre de vos frères et sœurs, par exemple 0.",
                            "Saisissez le nombre de frères et sœurs de la personne à recenser, par exemple 0."));
        }
        if (enumere(DonneesRco.Pupille.class, pupille) == null) {
            erreurs.rejectValue("pupille", "pupille", selon("Indiquez si vous êtes pupille de l'État ou de la Nation.",
                    "Indiquez si la personne à recenser est pupille de l'État ou de la Nation."));
        }
    }

    @Override
    DonneesRco donnees(Referentiel referentiel, String courriel, LocalDate aujourdhui) {
        var residence = residenceDifferente
                ? Adresses.de(residenceAdresse, null, residenceCodePostal, residenceLocalite.strip(), null) : null;
        return new DonneesRco(Sexe.valueOf(getSexe()), nomFamille.strip(), net(getNomUsage()), getPrenoms().strip(),
                naissance(aujourdhui), lieuDeNaissance(referentiel), DonneesRco.Nationalite.valueOf(nationalite),
                "BINATIONALE".equals(nationalite) ? autreNationalite.strip() : null, adresseDomicile(referentiel),
                residence, DonneesRco.SituationMatrimoniale.valueOf(situationMatrimoniale), nombre(nombreEnfants),
                DonneesRco.Pupille.valueOf(pupille), nombre(nombreFreresSoeurs), pere.parent(referentiel, aujourdhui),
                mere.parent(referentiel, aujourdhui), courriel, net(getTelephone()),
                acquisition(naissance(aujourdhui), aujourdhui),
                pourUnTiers() ? new Declarant(Declarant.Qualite.valueOf(declarant), declarantNom.strip(),
                        declarantPrenoms.strip()) : null, null);
    }

    @Override
    String communeDestinataire() {
        return getCommuneInsee();
    }

    /** The profile keeps "Française", as before the request. */
    @Override
    String nationaliteDeclaree() {
        return "Française";
    }

    @Override
    String nomDeNaissance() {
        return nomFamille;
    }

    @Override
    void nomDeNaissance(String nom) {
        nomFamille = nom;
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
            Saisie.lieu(lieu, prefixe + ".lieu", codePostal, prefixe + ".codePostal", communeInsee, prefixe + ".communeInsee",
                    pays, prefixe + ".pays", ville, prefixe + ".ville", communes, LIEU_MANQUANT, erreurs);
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

    public String getDeclarant() { return declarant; }
    public void setDeclarant(String v) { declarant = v; }
    public String getDeclarantNom() { return declarantNom; }
    public void setDeclarantNom(String v) { declarantNom = v; }
    public String getDeclarantPrenoms() { return declarantPrenoms; }
    public void setDeclarantPrenoms(String v) { declarantPrenoms = v; }
    public String getIdentiteSaisiePour() { return identiteSaisiePour; }
    public void setIdentiteSaisiePour(String v) { identiteSaisiePour = v; }
    public String getAcquisitionNationalite() { return acquisitionNationalite; }
    public void setAcquisitionNationalite(String v) { acquisitionNationalite = v; }
    public String getDateAcquisition() { return dateAcquisition; }
    public void setDateAcquisition(String v) { dateAcquisition = v; }
    public String getNomFamille() { return nomFamille; }
    public void setNomFamille(String v) { nomFamille = v; }
    public String getNationalite() { return nationalite; }
    public void setNationalite(String v) { nationalite = v; }
    public String getAutreNationalite() { return autreNationalite; }
    public void setAutreNationalite(String v) { autreNationalite = v; }
    public boolean isResidenceDifferente() { return residenceDifferente; }
    public void setResidenceDifferente(boolean v) { residenceDifferente = v; }
    public String getResidenceAdresse() { return residenceAdresse; }
    public void setResidenceAdresse(String v) { residenceAdresse = v; }
    public String getResidenceCodePostal() { return residenceCodePostal; }
    public void setResidenceCodePostal(String v) { residenceCodePostal = v; }
    public String getResidenceLocalite() { return residenceLocalite; }
    public void setResidenceLocalite(String v) { residenceLocalite = v; }
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
    public String getPieceLivret() { return pieceLivret; }
    public void setPieceLivret(String v) { pieceLivret = v; }
}
