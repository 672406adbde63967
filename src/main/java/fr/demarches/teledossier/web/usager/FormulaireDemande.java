package fr.demarches.teledossier.web.usager;

import static fr.demarches.teledossier.web.usager.Saisie.commune;
import static fr.demarches.teledossier.web.usager.Saisie.longueur;
import static fr.demarches.teledossier.web.usager.Saisie.obligatoire;
import static fr.demarches.teledossier.web.usager.Saisie.present;

import java.time.LocalDate;
import java.util.List;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.shared.Dates;
import fr.demarches.teledossier.elements.Adresse;
import fr.demarches.teledossier.elements.DonneesDemande;
import fr.demarches.teledossier.elements.LieuNaissance;

import org.springframework.validation.Errors;

/**
 * A request as typed, kept as the draft between steps (JSON): every field is a string so that nothing typed is lost
 * on an error; each step checks its own fields ({@link #verifier}), and the review checks them all again before
 * submission. This part holds what the ILE and RCO requests ask alike: civil status, place of birth, address,
 * phone and identity piece; each procedure adds its fields and turns the whole into its typed data {@code D}.
 */
public abstract class FormulaireDemande<D extends DonneesDemande> {

    static final String FRANCE = "FRANCE";
    static final String ETRANGER = "ETRANGER";

    // Identity
    private String sexe;
    private String nomUsage;
    private String prenoms;
    private String dateNaissance;
    private String lieuNaissance;
    private String codePostalNaissance;
    private String naissanceCommuneInsee;
    private String naissancePays;
    private String naissanceLocalite;
    // Address and contact
    private String adresse;
    private String complementAdresse;
    private String codePostal;
    private String communeInsee;
    private String telephone;
    // Identity piece: the identifier of a document of the citizen's space
    private String pieceIdentite;

    /** The words that differ between procedures for the shared fields. */
    record Libelles(String champNom, String nomManquant, String exempleDate, String lieuManquant,
            String voieManquante, String quelleAdresse, String sexeManquant, String prenomsManquants,
            String naissanceManquante) {

        /** For whoever fills the form in for themselves: their sex, first names and date of birth. */
        static Libelles pourSoi(String champNom, String nomManquant, String exempleDate, String lieuManquant,
                String voieManquante, String quelleAdresse) {
            return new Libelles(champNom, nomManquant, exempleDate, lieuManquant, voieManquante, quelleAdresse,
                    "Indiquez votre sexe.", "Saisissez vos prénoms.", "Saisissez votre date de naissance.");
        }
    }

    /**
     * Where the request goes: the step and fields of the commune that receives it, and what follows the commune's
     * name when it does not receive this procedure online.
     */
    record Destinataire(Etape etape, String champCodePostal, String champCommune, String fermee) {
    }

    /** Where this procedure's request goes. */
    abstract Destinataire destinataire();

    /** The words of the shared fields; a procedure may word them for whoever fills the form in. */
    abstract Libelles libelles();

    /** The name of the birth certificate, under the field name of the procedure. */
    abstract String nomDeNaissance();

    abstract void nomDeNaissance(String nom);

    /** The step's own checks, each recording a French message on its field. */
    abstract void verifier(Etape etape, Referentiel referentiel, LocalDate aujourdhui, Errors erreurs);

    /** The typed data of a form that passed every step. */
    abstract D donnees(Referentiel referentiel, String courriel, LocalDate aujourdhui);

    /** The INSEE code of the commune whose mairie receives the request. */
    abstract String communeDestinataire();

    /** The nationality written in the profile when the citizen asks to update it from the identity step. */
    abstract String nationaliteDeclaree();

    /** A check of the date of birth proper to the procedure (the RCO window); none by default. */
    void verifierNaissance(LocalDate naissance, LocalDate aujourdhui, Errors erreurs) {
    }

    /** The form's (postal code, commune) pairs, as property paths; a procedure adds its own. */
    List<String[]> champsCommune() {
        return List.of(new String[] {"codePostalNaissance", "naissanceCommuneInsee"},
                new String[] {"codePostal", "communeInsee"},
                new String[] {destinataire().champCodePostal(), destinataire().champCommune()});
    }

    /**
     * Before a step is saved: a postal code that serves one commune chooses it, a commune its code no longer serves
     * is dropped ({@link Referentiel#communeChoisie}); so "continuer" without "Rechercher les communes" works, and a
     * choice left to make comes with its list on the page.
     */
    void completerCommunes(Referentiel referentiel) {
        var champs = new org.springframework.beans.BeanWrapperImpl(this);
        for (String[] paire : champsCommune()) {
            var code = (String) champs.getPropertyValue(paire[0]);
            if (Saisie.present(code)) {
                champs.setPropertyValue(paire[1],
                        referentiel.communeChoisie(code, (String) champs.getPropertyValue(paire[1])));
            }
        }
    }

    /** Prefills what the citizen's profile knows, with the postal code of the birth commune. */
    void depuisProfil(ProfilUsager p, String codePostalDeNaissance) {
        etatCivilDepuis(p, codePostalDeNaissance);
        adresse = p.adresse();
        complementAdresse = p.complementAdresse();
        codePostal = p.codePostal();
        communeInsee = p.communeInsee();
        telephone = p.telephone();
    }

    /** The civil status (sex, names, date and place of birth) of the profile; an empty profile empties it. */
    void etatCivilDepuis(ProfilUsager p, String codePostalDeNaissance) {
        sexe = p.sexe();
        nomDeNaissance(p.nomNaissance());
        nomUsage = p.nomUsage();
        prenoms = p.prenoms();
        dateNaissance = p.dateNaissance() == null ? null : p.dateNaissance().format(Dates.JOUR);
        lieuNaissance = p.neEnFrance() ? FRANCE : p.neALEtranger() ? ETRANGER : null;
        codePostalNaissance = codePostalDeNaissance;
        naissanceCommuneInsee = p.naissanceCommuneInsee();
        naissancePays = Pays.codeDe(p.naissancePays());
        naissanceLocalite = p.naissanceLocalite();
    }

    /**
     * Whether the civil status typed is the account holder's, so that it may update their profile; not so when a
     * parent fills in an RCO request for their child. A plain method name, not a property of the draft.
     */
    public boolean identiteDuCompte() {
        return true;
    }

    /** Whether the person who fills in the form for someone else is, by name, the one of this profile. */
    boolean declarantEst(ProfilUsager profil) {
        return false;
    }

    /** Sex, names, date and place of birth. */
    void verifierEtatCivil(List<CommuneResume> communesNaissance, LocalDate aujourdhui, Errors erreurs) {
        if (!"F".equals(sexe) && !"M".equals(sexe)) {
            erreurs.rejectValue("sexe", "sexe", libelles().sexeManquant());
        }
        obligatoire(nomDeNaissance(), libelles().champNom(), libelles().nomManquant(), erreurs);
        longueur(nomUsage, "nomUsage", erreurs);
        obligatoire(prenoms, "prenoms", libelles().prenomsManquants(), erreurs);
        LocalDate naissance = naissance(aujourdhui);
        if (naissance == null) {
            erreurs.rejectValue("dateNaissance", "dateNaissance", present(dateNaissance)
                    ? "Saisissez une date de naissance valide et passée, par exemple " + libelles().exempleDate() + "."
                    : libelles().naissanceManquante());
        } else {
            verifierNaissance(naissance, aujourdhui, erreurs);
        }
        Saisie.lieu(lieuNaissance, "lieuNaissance", codePostalNaissance, "codePostalNaissance", naissanceCommuneInsee,
                "naissanceCommuneInsee", naissancePays, "naissancePays", naissanceLocalite, "naissanceLocalite",
                communesNaissance, libelles().lieuManquant(), erreurs);
    }

    /**
     * The identity FranceConnect certified must come back as the form showed it, read-only: sex, birth name, first
     * names, birth date, and the birth commune when {@code naissance}. A forged value is refused on its field, as
     * the profile and the procuration form refuse it.
     */
    void verifierCertifie(ProfilUsager certifie, boolean naissance, Errors erreurs) {
        inchange(sexe, certifie.sexe(), "sexe", erreurs);
        inchange(nomDeNaissance(), certifie.nomNaissance(), libelles().champNom(), erreurs);
        inchange(prenoms, certifie.prenoms(), "prenoms", erreurs);
        inchange(dateNaissance, certifie.dateNaissance() == null ? null : certifie.dateNaissance().format(Dates.JOUR),
                "dateNaissance", erreurs);
        if (naissance) {
            inchange(lieuNaissance, FRANCE, "lieuNaissance", erreurs);
            inchange(naissanceCommuneInsee, certifie.naissanceCommuneInsee(), "naissanceCommuneInsee", erreurs);
        }
    }

    private static void inchange(String saisi, String certifie, String champ, Errors erreurs) {
        if (certifie != null && !certifie.equals(saisi == null ? null : saisi.strip())) {
            erreurs.rejectValue(champ, champ + ".certifie",
                    "Donnée certifiée par FranceConnect : elle ne peut pas être modifiée.");
        }
    }

    /** The street, its complement and the commune found by its postal code. */
    void verifierAdresse(List<CommuneResume> communes, Errors erreurs) {
        obligatoire(adresse, "adresse", libelles().voieManquante(), erreurs);
        longueur(complementAdresse, "complementAdresse", erreurs);
        commune(codePostal, "codePostal", communeInsee, "communeInsee", communes, libelles().quelleAdresse(), erreurs);
    }

    void verifierTelephone(Errors erreurs) {
        if (present(telephone) && !telephone.strip().matches("\\+?[0-9][0-9 .-]{8,18}[0-9]")) {
            erreurs.rejectValue("telephone", "telephone",
                    "Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.");
        }
    }

    /** The date of birth, or null when it is not a valid past date. */
    LocalDate naissance(LocalDate aujourdhui) {
        return Saisie.datePassee(dateNaissance, aujourdhui);
    }

    LieuNaissance lieuDeNaissance(Referentiel referentiel) {
        return Adresses.lieu(lieuNaissance, codePostalNaissance, naissanceCommuneInsee, naissancePays, naissanceLocalite,
                referentiel);
    }

    Adresse adresseDomicile(Referentiel referentiel) {
        var commune = referentiel.parCodeInsee(communeInsee).orElseThrow();
        return Adresses.de(adresse, complementAdresse, codePostal, commune.nom(), commune.codeInsee());
    }

    public String getSexe() { return sexe; }
    public void setSexe(String v) { sexe = v; }
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
    public String getPieceIdentite() { return pieceIdentite; }
    public void setPieceIdentite(String v) { pieceIdentite = v; }
}
