package fr.demarches.teledossier.web.usager;

import static fr.demarches.teledossier.web.usager.Saisie.commune;
import static fr.demarches.teledossier.web.usager.Saisie.net;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import fr.demarches.commune.Referentiel;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.document.TypeDocument;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.elements.Sexe;
import fr.demarches.teledossier.regles.ScrutinsOuverts;

import org.springframework.validation.Errors;

/** The ILE request as typed: the nationality and lists, the birth name, the link with the commune, the commune. */
public class FormulaireIle extends FormulaireDemande<DonneesIle> {

    static final String FRANCAISE = "FRANCAISE";
    static final String UE = "UE";
    static final String MUNICIPALE = "MUNICIPALE";
    static final String EUROPEENNE = "EUROPEENNE";

    /** The identity document, and the proof of the link with the commune: of the domicile when the citizen lives there. */
    static final List<PieceDemandee<FormulaireIle>> PIECES = List.of(
            PieceDemandee.identite("Carte d’identité ou passeport en cours de validité (ou expiré depuis moins de 5 ans)."),
            new PieceDemandee<>("pieceAttache", "fichierAttache", "Justificatif de votre lien avec la commune",
                    "Par exemple une facture d’électricité, de gaz ou d’eau de moins de 3 mois, ou un avis d’imposition.",
                    Set.of(TypeDocument.JUSTIFICATIF_DOMICILE, TypeDocument.AUTRE),
                    f -> f.attacheChoisie() == DonneesIle.Attache.DOMICILE
                            || f.attacheChoisie() == DonneesIle.Attache.PARENTS_MOINS_26_ANS
                            ? TypeDocument.JUSTIFICATIF_DOMICILE : TypeDocument.AUTRE,
                    false, "Choisissez le justificatif de votre lien avec la commune, ou ajoutez-en un.",
                    FormulaireIle::getPieceAttache, FormulaireIle::setPieceAttache));

    /** Each L30 ground asks for its own proof, in one field: only the ground claimed applies. */
    static final java.util.Map<DonneesIle.CasParticulier, PieceDemandee<FormulaireIle>> PIECES_CAS_PARTICULIER =
            piecesCasParticulier();

    /** The answer "none of these situations" to the L30 question. */
    static final String AUCUN_CAS = "AUCUN";

    // Situation
    private String nationalite;
    private String paysUe;
    private Set<String> listes = new LinkedHashSet<>();
    private String nomNaissance;
    // Link with the commune, commune of registration, proof of the link
    private String attache;
    private String codePostalInscription;
    private String communeInscription;
    private String pieceAttache;
    // Late registration (Code électoral L30), asked on the commune step in the L30 window only
    private String casParticulier;
    private String pieceCasParticulier;

    private static final Libelles LIBELLES = Libelles.pourSoi("nomNaissance", "Saisissez votre nom de naissance.",
            "14/07/1990", "Indiquez si vous êtes né(e) en France ou à l'étranger.",
            "Saisissez le numéro et la voie de votre adresse.", "de votre adresse");
    private static final Destinataire MAIRIE = new Destinataire(Etape.COMMUNE, "codePostalInscription",
            "communeInscription", " ne reçoit pas les demandes d'inscription en ligne : faites votre demande en mairie "
                    + "ou par courrier.");

    @Override
    Libelles libelles() {
        return LIBELLES;
    }

    @Override
    Destinataire destinataire() {
        return MAIRIE;
    }

    /** A new request, prefilled from the citizen's profile: registration asked where they live. */
    static FormulaireIle depuis(ProfilUsager p, String codePostalNaissance) {
        var f = new FormulaireIle();
        f.depuisProfil(p, codePostalNaissance);
        f.codePostalInscription = p.codePostal();
        f.communeInscription = p.communeInsee();
        if (p.nationalite() != null && p.nationalite().strip().toLowerCase(java.util.Locale.FRENCH).startsWith("fran")) {
            f.nationalite = FRANCAISE;
        }
        return f;
    }

    @Override
    void verifier(Etape etape, Referentiel referentiel, LocalDate aujourdhui, Errors erreurs) {
        switch (etape) {
            case SITUATION -> verifierSituation(erreurs);
            case IDENTITE -> verifierEtatCivil(referentiel.parCodePostal(getCodePostalNaissance()), aujourdhui, erreurs);
            case ADRESSE -> {
                verifierAdresse(referentiel.parCodePostal(getCodePostal()), erreurs);
                verifierTelephone(erreurs);
                if (attacheChoisie() == null) {
                    erreurs.rejectValue("attache", "attache", "Indiquez votre lien avec la commune d'inscription.");
                }
            }
            case COMMUNE -> commune(codePostalInscription, "codePostalInscription", communeInscription,
                    "communeInscription", referentiel.parCodePostal(codePostalInscription), "d'inscription", erreurs);
            default -> {
            }
        }
    }

    private void verifierSituation(Errors erreurs) {
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

    @Override
    DonneesIle donnees(Referentiel referentiel, String courriel, LocalDate aujourdhui) {
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
        var inscription = referentiel.parCodeInsee(communeInscription).orElseThrow();
        boolean francais = FRANCAISE.equals(nationalite);
        return new DonneesIle(choisies, Sexe.valueOf(getSexe()), nomNaissance.strip(), net(getNomUsage()),
                getPrenoms().strip(), naissance(aujourdhui), lieuDeNaissance(referentiel), francais ? "FRA" : paysUe,
                nationaliteDeclaree(), adresseDomicile(referentiel), attacheChoisie(), inscription.codeInsee(),
                inscription.nom(), courriel, net(getTelephone()), null, null);
    }

    @Override
    String communeDestinataire() {
        return communeInscription;
    }

    @Override
    String nationaliteDeclaree() {
        return FRANCAISE.equals(nationalite) ? "Française" : Pays.NATIONALITES_UE.get(paysUe);
    }

    @Override
    String nomDeNaissance() {
        return nomNaissance;
    }

    @Override
    void nomDeNaissance(String nom) {
        nomNaissance = nom;
    }

    /** The L30 ground claimed, if any (none for "AUCUN" or no answer). */
    DonneesIle.CasParticulier casParticulierChoisi() {
        try {
            return casParticulier == null || AUCUN_CAS.equals(casParticulier) ? null
                    : DonneesIle.CasParticulier.valueOf(casParticulier);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean francais() {
        return FRANCAISE.equals(nationalite);
    }

    /** The ballots this registration lets the applicant vote at (ScrutinsOuverts): all, or those of the lists asked. */
    Predicate<TypeScrutin> scrutinsOuverts() {
        boolean municipale = listes != null && listes.contains(MUNICIPALE);
        boolean europeenne = listes != null && listes.contains(EUROPEENNE);
        boolean francais = francais();
        return type -> ScrutinsOuverts.ouvert(type, francais, municipale, europeenne);
    }

    private static java.util.Map<DonneesIle.CasParticulier, PieceDemandee<FormulaireIle>> piecesCasParticulier() {
        var pieces = new java.util.EnumMap<DonneesIle.CasParticulier, PieceDemandee<FormulaireIle>>(DonneesIle.CasParticulier.class);
        pieces.put(DonneesIle.CasParticulier.MUTATION_RETRAITE, cas("Justificatif de la mutation ou de la mise à la retraite",
                "L’arrêté ou la décision, daté après la date limite ; pour un membre du foyer, joignez aussi un justificatif du lien (livret de famille…).", false));
        pieces.put(DonneesIle.CasParticulier.RETOUR_VIE_CIVILE, cas("Justificatif du retour à la vie civile",
                "L’attestation de fin de service, de libération ou de radiation des cadres, datée après la date limite.", false));
        pieces.put(DonneesIle.CasParticulier.DEMENAGEMENT_PROFESSIONNEL, cas("Justificatif du motif professionnel du déménagement",
                "Une attestation de l’employeur, un contrat de travail ou une lettre de mutation, daté après la date limite.", false));
        pieces.put(DonneesIle.CasParticulier.MAJORITE, cas("Justificatif de votre date de naissance (facultatif)",
                "Votre pièce d’identité l’indique déjà ; ajoutez un acte de naissance seulement si elle ne la porte pas.", true));
        pieces.put(DonneesIle.CasParticulier.NATURALISATION, cas("Justificatif de l’acquisition de la nationalité française",
                "Le décret de naturalisation, la déclaration de nationalité enregistrée ou un certificat de nationalité française.", false));
        pieces.put(DonneesIle.CasParticulier.DROITS_RECOUVRES, cas("Justificatif du recouvrement du droit de vote",
                "La décision de justice qui vous rend le droit de vote, ou la preuve de la fin de la privation.", false));
        return java.util.Collections.unmodifiableMap(pieces);
    }

    private static PieceDemandee<FormulaireIle> cas(String legende, String indice, boolean facultative) {
        return new PieceDemandee<>("pieceCasParticulier", "fichierCasParticulier", legende, indice,
                Set.of(TypeDocument.PIECE_IDENTITE, TypeDocument.LIVRET_FAMILLE, TypeDocument.AUTRE), f -> TypeDocument.AUTRE,
                facultative, "Choisissez le justificatif de votre situation parmi vos documents, ou ajoutez-en un.",
                FormulaireIle::getPieceCasParticulier, FormulaireIle::setPieceCasParticulier);
    }

    DonneesIle.Attache attacheChoisie() {
        try {
            return attache == null ? null : DonneesIle.Attache.valueOf(attache);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getNationalite() { return nationalite; }
    public void setNationalite(String v) { nationalite = v; }
    public String getPaysUe() { return paysUe; }
    public void setPaysUe(String v) { paysUe = v; }
    public Set<String> getListes() { return listes; }
    public void setListes(Set<String> v) { listes = v == null ? new LinkedHashSet<>() : new LinkedHashSet<>(v); }
    public String getNomNaissance() { return nomNaissance; }
    public void setNomNaissance(String v) { nomNaissance = v; }
    public String getAttache() { return attache; }
    public void setAttache(String v) { attache = v; }
    public String getCodePostalInscription() { return codePostalInscription; }
    public void setCodePostalInscription(String v) { codePostalInscription = v; }
    public String getCommuneInscription() { return communeInscription; }
    public void setCommuneInscription(String v) { communeInscription = v; }
    public String getPieceAttache() { return pieceAttache; }
    public void setPieceAttache(String v) { pieceAttache = v; }
    public String getCasParticulier() { return casParticulier; }
    public void setCasParticulier(String v) { casParticulier = v; }
    public String getPieceCasParticulier() { return pieceCasParticulier; }
    public void setPieceCasParticulier(String v) { pieceCasParticulier = v; }
}
