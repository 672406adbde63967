package fr.demarches.procuration.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.demarches.compte.IdentiteAttestee;
import fr.demarches.liste.EtatCivil;
import fr.demarches.procuration.Acteur;
import fr.demarches.procuration.Demande;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.Portee;
import fr.demarches.procuration.ReferenceProcuration;
import fr.demarches.procuration.RefusProcuration;
import fr.demarches.shared.Fuseau;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A procuration from request to cancellation. Every change goes through a method that checks the state it
 * starts from; a request left without an officer's validation expires.
 */
@Entity
// A procuration read with the officer's look-up counters, in one statement (RecherchesComptees).
@jakarta.persistence.SqlResultSetMapping(name = RecherchesComptees.RESULTAT,
        entities = @jakarta.persistence.EntityResult(entityClass = Procuration.class),
        columns = {@jakarta.persistence.ColumnResult(name = "bloque_jusqua", type = Instant.class),
            @jakarta.persistence.ColumnResult(name = "validation_auto_commune", type = Boolean.class),
            @jakarta.persistence.ColumnResult(name = "boite_commune", type = String.class)})
public class Procuration {

    @Id
    private UUID id;
    private String reference;
    private UUID usagerId;
    private String courrielMandant;
    private String communeInsee;
    private String nneMandant;
    private String nomNaissanceMandant;
    private String nomUsageMandant;
    private String prenomsMandant;
    private LocalDate dateNaissanceMandant;
    private String lieuNaissanceMandant;
    private String cleMandant;
    private String nneMandataire;
    private String nomNaissanceMandataire;
    private String prenomsMandataire;
    private LocalDate dateNaissanceMandataire;
    private String communeMandataire;
    private String cleMandataire;
    @Enumerated(EnumType.STRING)
    private Portee portee;
    private LocalDate debut;
    private LocalDate fin;
    @Enumerated(EnumType.STRING)
    private EtatProcuration etat;
    private Instant deposeeLe;
    private Instant expireLe;
    private String pieceType;
    private String pieceNumero;
    private UUID officierId;
    private String officier;
    private UUID uniteId;
    private Instant etablieLe;
    private String motif;
    private Instant decideeLe;
    private String decideePar;
    private String referenceResiliation;
    private Instant resiliationDemandeeLe;
    private Instant resiliationExpireLe;
    private Instant resilieeLe;
    private String identiteFournisseur;
    private String identiteNiveau;
    private String identiteSujet;
    private Instant identiteAuthentifieeLe;
    private boolean identiteCertifiee;
    private UUID cleIdempotence;
    @Version
    private Long version;

    /** The mandataire's key starts so when designated by civil status; {@code MandatairesIdentifies} reads it. */
    static final String PREFIXE_ETAT_CIVIL = "EC:";

    protected Procuration() {
    }

    /** The submission this request comes from: posted twice, it is recorded once (V209). */
    public void envoyeeSousCle(UUID cle) {
        this.cleIdempotence = cle;
    }

    /** The mandataire's key when designated (or identified) by national elector number. */
    static String cleNne(String nne) {
        return "NNE:" + nne;
    }

    public Procuration(ReferenceProcuration reference, Demande d, Instant maintenant, Duration delaiValidation) {
        this.id = UUID.randomUUID();
        this.reference = reference.valeur();
        this.usagerId = d.usagerId();
        this.courrielMandant = d.courrielMandant();
        this.communeInsee = d.communeInsee();
        this.nneMandant = d.nneMandant();
        this.nomNaissanceMandant = d.nomNaissance();
        this.nomUsageMandant = d.nomUsage();
        this.prenomsMandant = d.prenoms();
        this.dateNaissanceMandant = d.dateNaissance();
        this.lieuNaissanceMandant = d.lieuNaissance();
        this.cleMandant = EtatCivil.cle(d.nomNaissance(), d.prenoms(), d.dateNaissance());
        this.nneMandataire = d.nneMandataire();
        this.nomNaissanceMandataire = d.nomNaissanceMandataire();
        this.prenomsMandataire = d.prenomsMandataire();
        this.dateNaissanceMandataire = d.dateNaissanceMandataire();
        this.communeMandataire = d.communeMandataire();
        this.cleMandataire = d.nneMandataire() != null ? cleNne(d.nneMandataire())
                : PREFIXE_ETAT_CIVIL + EtatCivil.cle(d.nomNaissanceMandataire(), d.prenomsMandataire(), d.dateNaissanceMandataire());
        this.portee = d.portee();
        this.debut = d.debut();
        this.fin = d.fin();
        this.etat = EtatProcuration.EN_ATTENTE_AUTORITE;
        this.deposeeLe = maintenant;
        this.expireLe = maintenant.plus(delaiValidation);
    }

    /**
     * The state as of now: a request past its delay reads "expired" even before the nightly job marks it, and so does
     * one whose period is over (its last day, Paris time, has passed): a procuration for a ballot already held cannot
     * be established any more.
     */
    public EtatProcuration etatAu(Instant maintenant) {
        boolean perimee = !maintenant.isBefore(expireLe) || fin.isBefore(LocalDate.ofInstant(maintenant, Fuseau.PARIS));
        return etat == EtatProcuration.EN_ATTENTE_AUTORITE && perimee ? EtatProcuration.EXPIREE : etat;
    }

    /**
     * {@code etablieLe}: the establishment's instant, which orders the mandataire's procurations (L73); it may follow
     * the previous establishment rather than this instance's clock ({@code maintenant}, which the deadlines read).
     */
    public void validerParAutorite(String typePiece, String numeroPiece, Acteur officierActeur, Instant maintenant,
            Instant etablieLe) {
        exiger(etatAu(maintenant) == EtatProcuration.EN_ATTENTE_AUTORITE, "valider");
        if (typePiece == null || typePiece.isBlank() || numeroPiece == null || numeroPiece.isBlank()) {
            throw new RefusProcuration("Indiquez la pièce d'identité vérifiée.");
        }
        this.pieceType = typePiece;
        this.pieceNumero = numeroPiece;
        this.officierId = officierActeur.id();
        this.officier = officierActeur.libelle();
        this.uniteId = officierActeur.uniteId();
        this.etablieLe = etablieLe;
        this.etat = EtatProcuration.VALIDEE_AUTORITE;
    }

    /**
     * Established online, with no officer: the mandant's identity was attested by a certified electronic
     * identification means (décret n° 2025-1059), recorded instead of the officer and the identity document.
     * {@code etablieLe} as for {@link #validerParAutorite}.
     */
    public void etablirEnLigne(IdentiteAttestee attestation, Instant maintenant, Instant etablieLe) {
        exiger(etatAu(maintenant) == EtatProcuration.EN_ATTENTE_AUTORITE, "établir");
        attester(attestation);
        this.etablieLe = etablieLe;
        this.etat = EtatProcuration.VALIDEE_AUTORITE;
    }

    /** The mandant signed in through an identity provider: the civil status came from it. */
    public void attester(IdentiteAttestee attestation) {
        this.identiteFournisseur = attestation.fournisseur();
        this.identiteNiveau = attestation.niveau();
        this.identiteSujet = attestation.sujet();
        this.identiteAuthentifieeLe = attestation.authentifieeLe();
        this.identiteCertifiee = true;
    }

    /** The cancellation established online, as the request may be. */
    public void resilierEnLigne(Instant maintenant) {
        exiger(etat.etablie() && resilieeLe == null, "résilier");
        this.resiliationDemandeeLe = maintenant;
        this.resilieeLe = maintenant;
        this.etat = EtatProcuration.RESILIEE;
    }

    public void refuserParAutorite(String motifRefus, Acteur officierActeur, Instant maintenant) {
        exiger(etatAu(maintenant) == EtatProcuration.EN_ATTENTE_AUTORITE, "refuser");
        exigerMotif(motifRefus);
        this.motif = motifRefus;
        this.officierId = officierActeur.id();
        this.officier = officierActeur.libelle();
        this.uniteId = officierActeur.uniteId();
        this.decideeLe = maintenant;
        this.etat = EtatProcuration.REFUSEE_AUTORITE;
    }

    /** The commune's decision; a refusal needs a reason, which the mandant reads. */
    public void deciderCommune(boolean accepter, String motifRefus, String auteur, Instant maintenant) {
        exiger(etat == EtatProcuration.VALIDEE_AUTORITE && !resiliationEnAttente(maintenant), "décider");
        if (!accepter) {
            exigerMotif(motifRefus);
        }
        this.motif = accepter ? null : motifRefus;
        this.decideePar = auteur;
        this.decideeLe = maintenant;
        this.etat = accepter ? EtatProcuration.ACCEPTEE_COMMUNE : EtatProcuration.REFUSEE_COMMUNE;
    }

    /** The reference actually reserved (drawn again if the first draw was taken meanwhile). */
    public void attribuerReference(ReferenceProcuration ref) {
        this.reference = ref.valeur();
    }

    public boolean resiliable() {
        return etat.etablie() && referenceResiliation == null;
    }

    public void demanderResiliation(ReferenceProcuration ref, Instant maintenant, Duration delaiValidation) {
        exiger(resiliable(), "résilier");
        this.referenceResiliation = ref.valeur();
        this.resiliationDemandeeLe = maintenant;
        this.resiliationExpireLe = maintenant.plus(delaiValidation);
    }

    /** An officer checked the mandant's identity for the cancellation. */
    public void resilier(Acteur officierActeur, Instant maintenant) {
        exiger(resiliationEnAttente(maintenant), "résilier");
        this.resilieeLe = maintenant;
        this.etat = EtatProcuration.RESILIEE;
    }

    public boolean resiliationEnAttente(Instant maintenant) {
        return etat.etablie() && referenceResiliation != null && resilieeLe == null
                && maintenant.isBefore(resiliationExpireLe);
    }

    /** The cancellation request lapsed: the mandant may ask again. */
    public void oublierResiliation() {
        this.referenceResiliation = null;
        this.resiliationDemandeeLe = null;
        this.resiliationExpireLe = null;
    }

    public void expirer(Instant maintenant) {
        exiger(etatAu(maintenant) == EtatProcuration.EXPIREE && etat == EtatProcuration.EN_ATTENTE_AUTORITE, "expirer");
        this.etat = EtatProcuration.EXPIREE;
    }

    private void exiger(boolean condition, String action) {
        if (!condition) {
            throw new RefusProcuration("Impossible de " + action + " la procuration " + reference
                    + " : " + etat.libelle() + ".");
        }
    }

    private static void exigerMotif(String motif) {
        if (motif == null || motif.isBlank()) {
            throw new RefusProcuration("Indiquez le motif du refus.");
        }
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public UUID getUsagerId() { return usagerId; }
    public String getCourrielMandant() { return courrielMandant; }
    public String getCommuneInsee() { return communeInsee; }
    public String getNneMandant() { return nneMandant; }
    public String getNomNaissanceMandant() { return nomNaissanceMandant; }
    public String getNomUsageMandant() { return nomUsageMandant; }
    public String getPrenomsMandant() { return prenomsMandant; }
    public LocalDate getDateNaissanceMandant() { return dateNaissanceMandant; }
    public String getLieuNaissanceMandant() { return lieuNaissanceMandant; }
    public String getNneMandataire() { return nneMandataire; }
    public String getNomNaissanceMandataire() { return nomNaissanceMandataire; }
    public String getPrenomsMandataire() { return prenomsMandataire; }
    public LocalDate getDateNaissanceMandataire() { return dateNaissanceMandataire; }
    public String getCommuneMandataire() { return communeMandataire; }
    public String getCleMandataire() { return cleMandataire; }
    public Portee getPortee() { return portee; }
    public LocalDate getDebut() { return debut; }
    public LocalDate getFin() { return fin; }
    public EtatProcuration getEtat() { return etat; }
    public Instant getDeposeeLe() { return deposeeLe; }
    public Instant getExpireLe() { return expireLe; }
    public String getPieceType() { return pieceType; }
    public String getPieceNumero() { return pieceNumero; }
    public String getOfficier() { return officier; }
    public Instant getEtablieLe() { return etablieLe; }
    public String getMotif() { return motif; }
    public Instant getDecideeLe() { return decideeLe; }
    public String getDecideePar() { return decideePar; }
    public String getReferenceResiliation() { return referenceResiliation; }
    public Instant getResiliationExpireLe() { return resiliationExpireLe; }
    public Instant getResilieeLe() { return resilieeLe; }
    public String getIdentiteFournisseur() { return identiteFournisseur; }
    public String getIdentiteNiveau() { return identiteNiveau; }
    public String getIdentiteSujet() { return identiteSujet; }
    public Instant getIdentiteAuthentifieeLe() { return identiteAuthentifieeLe; }
    public boolean isIdentiteCertifiee() { return identiteCertifiee; }

    /** Established online (no officer): the identity was attested at the required level. */
    public boolean etablieEnLigne() {
        return etablieLe != null && officierId == null && identiteFournisseur != null;
    }
}
