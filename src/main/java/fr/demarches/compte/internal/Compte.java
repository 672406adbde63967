package fr.demarches.compte.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.compte.QualiteOfficier;
import fr.demarches.compte.TypeCompte;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One account of any kind. The columns that only some kinds use are checked by the database. */
@Entity
public class Compte {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private TypeCompte type;

    private String identifiant;

    /**
     * The portal, which the database computes from the type (generated column, V3) and indexes with the identifier.
     * For queries only: not written, and null on an account created in the current session.
     */
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private Espace espace;

    private String motDePasse;

    private boolean actif = true;

    private String nom;

    private String prenoms;

    private String communeInsee;

    private UUID uniteId;

    @Enumerated(EnumType.STRING)
    private QualiteOfficier qualite;

    private LocalDate habilitationFin;

    private Instant courrielConfirmeLe;

    private Instant creeLe;

    @Version
    private long version;

    /** Moved by the database at each change of the rights (V214): a sign-in checks it again once its session is written. */
    @Column(insertable = false, updatable = false)
    private int revisionDroits;

    protected Compte() {
    }

    private Compte(TypeCompte type, String identifiant, String motDePasseChiffre, String nom, String prenoms,
            Instant creeLe) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.identifiant = identifiant;
        this.motDePasse = motDePasseChiffre;
        this.nom = nom;
        this.prenoms = prenoms;
        this.creeLe = creeLe;
    }

    public static Compte usager(String courriel, String motDePasseChiffre, Instant maintenant) {
        return new Compte(TypeCompte.USAGER, courriel, motDePasseChiffre, null, null, maintenant);
    }

    /**
     * A citizen's account opened from a provider's certified identity (FranceConnect): no password, the address the
     * provider gave taken as confirmed. The citizen may set a password later ("mot de passe oublié").
     */
    public static Compte usagerCertifie(String courriel, Instant maintenant) {
        var compte = new Compte(TypeCompte.USAGER, courriel, null, null, null, maintenant);
        compte.courrielConfirmeLe = maintenant;
        return compte;
    }

    public static Compte mairie(TypeCompte type, String courriel, String motDePasseChiffre, String nom,
            String prenoms, String communeInsee, Instant maintenant) {
        if (type != TypeCompte.AGENT_COMMUNE && type != TypeCompte.ADMIN_COMMUNE) {
            throw new IllegalArgumentException("Compte de mairie attendu : " + type);
        }
        var compte = new Compte(type, courriel, motDePasseChiffre, nom, prenoms, maintenant);
        compte.communeInsee = communeInsee;
        return compte;
    }

    public static Compte officier(String identifiant, String motDePasseChiffre, String nom, String prenoms,
            UUID uniteId, QualiteOfficier qualite, LocalDate habilitationFin, Instant maintenant) {
        var compte = new Compte(TypeCompte.OFFICIER, identifiant, motDePasseChiffre, nom, prenoms, maintenant);
        compte.uniteId = uniteId;
        compte.qualite = qualite;
        compte.habilitationFin = habilitationFin;
        return compte;
    }

    public static Compte administrateur(String identifiant, String motDePasseChiffre, String nom, String prenoms,
            Instant maintenant) {
        return new Compte(TypeCompte.ADMIN_PLATEFORME, identifiant, motDePasseChiffre, nom, prenoms, maintenant);
    }

    public void desactiver() {
        actif = false;
    }

    public void reactiver() {
        actif = true;
    }

    public void changerIdentifiant(String nouvelIdentifiant) {
        identifiant = nouvelIdentifiant;
    }

    public void changerMotDePasse(String motDePasseChiffre) {
        motDePasse = motDePasseChiffre;
    }

    public void confirmerCourriel(Instant maintenant) {
        courrielConfirmeLe = maintenant;
    }

    /**
     * The account as a login sees it; {@code autorise} folds in what the kind adds (habilitation, unit).
     * An account whose password was never set is disabled until it is; a citizen's, until the address is confirmed.
     * A citizen's account opened through FranceConnect has no password and is enabled: the provider signs it in
     * (a password login never matches a missing hash).
     */
    public CompteConnecte connecte(boolean autorise) {
        return new CompteConnecte(id, type, identifiant, motDePasse, nomAffiche(), communeInsee, uniteId, habilitationFin,
                revisionDroits,
                autorise && peutAgir(type, actif, motDePasse, courrielConfirmeLe != null));
    }

    /**
     * The account's own conditions to sign in: enabled, a password set (a citizen may have FranceConnect only), a
     * citizen's address confirmed. A signed-in session loses them only by a change that ends it (V214).
     */
    private static boolean peutAgir(TypeCompte type, boolean actif, String motDePasse, boolean courrielConfirme) {
        return actif && (motDePasse != null || type == TypeCompte.USAGER) && (type != TypeCompte.USAGER || courrielConfirme);
    }

    public boolean courrielConfirme() {
        return courrielConfirmeLe != null;
    }

    /** The stored hash, for the services that check the current password before a sensitive change. */
    public String getMotDePasse() {
        return motDePasse;
    }

    public String nomAffiche() {
        if (nom == null) {
            return identifiant;
        }
        return prenoms == null ? nom : prenoms + " " + nom;
    }

    public LocalDate habilitationFin() {
        return habilitationFin;
    }

    /**
     * Whether an account of this kind may act on {@code jour} as far as a habilitation goes: an officer only while
     * habilitated, up to its end date included; the other kinds have none. Read at sign-in (Authentification) and at
     * each request (CompteConnecte).
     */
    public static boolean habilite(TypeCompte type, LocalDate habilitationFin, LocalDate jour) {
        return type != TypeCompte.OFFICIER || (habilitationFin != null && !jour.isAfter(habilitationFin));
    }

    public UUID getId() {
        return id;
    }

    public TypeCompte getType() {
        return type;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public UUID getUniteId() {
        return uniteId;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenoms() {
        return prenoms;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public boolean isActif() {
        return actif;
    }
}
