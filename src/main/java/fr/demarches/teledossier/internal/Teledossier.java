package fr.demarches.teledossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.DemandeComplements;
import fr.demarches.teledossier.ElementsPurgesException;
import fr.demarches.teledossier.IssueInvalide;
import fr.demarches.teledossier.IssueTeledossier;
import fr.demarches.teledossier.ReponseImpossible;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.MotifReouvertureManquant;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.TransitionInterditeException;
import fr.demarches.teledossier.regles.ConservationElements;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request sent to a mairie. It guards its own state: every change goes through {@link #changerEtat} or
 * {@link #rouvrir}, which check the allowed transitions and record the history.
 */
@Entity
public class Teledossier {

    @Id
    private UUID id;

    private String numero;

    @Enumerated(EnumType.STRING)
    private Procedure procedure;

    private UUID usagerId;

    private String courrielUsager;

    private String nomUsager;

    private String communeInsee;

    @Enumerated(EnumType.STRING)
    private EtatTeledossier etat;

    private Instant deposeLe;

    @JdbcTypeCode(SqlTypes.JSON)
    private String donnees;

    private Instant elementsPurgesLe;

    private UUID cleIdempotence;

    /** Retention counts from here: the submission, then the last complement received. */
    private Instant conservationDepuis;

    /** The citizen answered a request for complements and no agent acted on the dossier since. */
    @jakarta.persistence.Column(name = "reponse_a_lire")
    private boolean reponseALire;

    @Enumerated(EnumType.STRING)
    private IssueTeledossier issue;

    /** Fixed at submission: the commune was in sFTP mode, so the elements go to its server. */
    private boolean remiseSftp;

    /** The L30 ground of a late ILE request ({@code DonneesIle.CasParticulier}), null for any other. */
    private String casParticulier;

    /** Null until persisted: Spring Data then inserts at once instead of merging (one SELECT less per submission). */
    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // Written with the entry's insert; never moved to another dossier (no extra UPDATE per entry).
    @JoinColumn(name = "teledossier_id", nullable = false, updatable = false)
    @OrderBy("horodatage, id")
    private List<EntreeHistorique> historique = new ArrayList<>();

    protected Teledossier() {
    }

    public Teledossier(NumeroTeledossier numero, Procedure procedure, UUID usagerId, String courrielUsager,
            String nomUsager, String communeInsee, String donnees, UUID cleIdempotence, boolean remiseSftp,
            Instant maintenant) {
        if (procedure == Procedure.PROCURATION) {
            throw new IllegalArgumentException("Une procuration n'est pas un télédossier");
        }
        this.id = UUID.randomUUID();
        this.numero = numero.valeur();
        this.procedure = procedure;
        this.usagerId = usagerId;
        this.courrielUsager = courrielUsager;
        this.nomUsager = nomUsager;
        this.communeInsee = communeInsee;
        this.donnees = donnees;
        this.cleIdempotence = cleIdempotence;
        this.remiseSftp = remiseSftp;
        this.deposeLe = maintenant;
        this.conservationDepuis = maintenant;
        this.etat = EtatTeledossier.TRANSMIS;
        historique.add(EntreeHistorique.etat(EtatTeledossier.TRANSMIS, null, "usager", maintenant));
    }

    /** Marks a late ILE request with its L30 ground, at submission. */
    public void casParticulier(String motif) {
        this.casParticulier = motif;
    }

    public String getCasParticulier() {
        return casParticulier;
    }

    /**
     * An agent's state change, with an optional comment for the citizen, as {@link EtatTeledossier#permet} allows.
     * Moving to "waiting for complements" is a request for them, however made (this list, the flux retour): like
     * {@link #demanderComplements}, only while the citizen's answer could still be received.
     */
    public void changerEtat(EtatTeledossier nouveau, String commentaire, String auteur, Instant maintenant,
            ConservationElements conservation) {
        if (!etat.permet(nouveau, commentaire)) {
            throw new TransitionInterditeException(etat, nouveau);
        }
        if (nouveau == EtatTeledossier.ATTENTE_ELEMENTS && etat != EtatTeledossier.ATTENTE_ELEMENTS) {
            verifierDemandePossible(maintenant, conservation);
        }
        passerA(nouveau, commentaire, auteur, maintenant);
    }

    private void passerA(EtatTeledossier nouveau, String commentaire, String auteur, Instant maintenant) {
        etat = nouveau;
        reponseALire = false;
        // Waiting for complements, however asked (this form, the flux retour): the citizen may answer it.
        historique.add(nouveau == EtatTeledossier.ATTENTE_ELEMENTS
                ? EntreeHistorique.demandeComplements(commentaire, null, null, auteur, maintenant)
                : EntreeHistorique.etat(nouveau, commentaire, auteur, maintenant));
    }

    /**
     * The mairie asks for complements: a message, the pieces and data wanted. Possible while the dossier is open and
     * its elements are kept (an answer could not be received after the purge).
     */
    public void demanderComplements(DemandeComplements demande, String auteur, Instant maintenant,
            ConservationElements conservation) {
        if (!etat.permet(EtatTeledossier.ATTENTE_ELEMENTS, demande.message())) {
            throw new TransitionInterditeException(etat, EtatTeledossier.ATTENTE_ELEMENTS);
        }
        if (demande.message() == null || demande.message().isBlank()) {
            throw new ReponseImpossible("Écrivez à l'usager ce que vous attendez de lui.");
        }
        verifierDemandePossible(maintenant, conservation);
        etat = EtatTeledossier.ATTENTE_ELEMENTS;
        reponseALire = false;
        historique.add(EntreeHistorique.demandeComplements(demande.message(), noms(demande.pieces()),
                noms(demande.donnees()), auteur, maintenant));
    }

    /** A request can still be answered: the elements are kept (not purged, within the delay). */
    private void verifierDemandePossible(Instant maintenant, ConservationElements conservation) {
        if (!elementsDisponibles(maintenant, conservation)) {
            throw new ReponseImpossible("Les éléments de ce dossier sont supprimés : l'usager ne pourrait plus y "
                    + "joindre de pièces. Écrivez-lui par un commentaire, sans lui demander d'éléments.");
        }
    }

    private static String noms(java.util.Set<? extends Enum<?>> valeurs) {
        return valeurs.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * The citizen's answer: the dossier goes back to "reçu par le service traitant" (it is the commune's turn again,
     * as after the submission; HubEE's ADD_AWAITING is likewise followed by SI_RECEIVED), and retention restarts
     * from now so the commune has the full delay to download the completed dossier. Returns the history entry, to
     * which the new pieces are attached.
     */
    public EntreeHistorique recevoirComplement(String message, String corrections, Instant maintenant,
            ConservationElements conservation) {
        if (etat != EtatTeledossier.ATTENTE_ELEMENTS) {
            throw new ReponseImpossible("Votre mairie n'attend pas d'éléments complémentaires pour cette demande.");
        }
        if (!elementsDisponibles(maintenant, conservation)) {
            throw new ReponseImpossible("Les éléments de cette demande ont été supprimés au terme du délai de "
                    + conservation.jours() + " jours : prenez contact avec votre mairie.");
        }
        etat = EtatTeledossier.RECU;
        reponseALire = true;
        conservationDepuis = maintenant;
        var entree = EntreeHistorique.complement(etat, message, corrections, maintenant);
        historique.add(entree);
        return entree;
    }

    /** Closing with the outcome the agent chose; a refused registration always gives its reason. */
    public void cloturer(IssueTeledossier issue, String motif, String auteur, Instant maintenant) {
        if (issue == null || issue.procedure() != procedure) {
            throw new IssueInvalide("Choisissez l'issue du dossier " + numero + ".");
        }
        if (procedure == Procedure.RCO && issue != IssueTeledossier.recensement(etat)) {
            throw new IssueInvalide("Le dossier " + numero + " se clôt avec l'issue « "
                    + IssueTeledossier.recensement(etat).libelle() + " ».");
        }
        if (issue.motifObligatoire() && (motif == null || motif.isBlank())) {
            throw new IssueInvalide("Indiquez le motif du refus : l'usager le lit avec les voies de recours.");
        }
        if (!etat.permet(EtatTeledossier.CLOS, motif)) {
            throw new TransitionInterditeException(etat, EtatTeledossier.CLOS);
        }
        passerA(EtatTeledossier.CLOS, motif, auteur, maintenant);
        this.issue = issue;
    }

    /** Reopening a closed dossier: the commune administrator's decision, always with a reason. */
    public void rouvrir(EtatTeledossier nouveau, String motif, String auteur, Instant maintenant) {
        if (etat != EtatTeledossier.CLOS || !EtatTeledossier.reouvertures().contains(nouveau)) {
            throw new TransitionInterditeException(etat, nouveau);
        }
        if (motif == null || motif.isBlank()) {
            throw new MotifReouvertureManquant();
        }
        etat = nouveau;
        issue = null;
        historique.add(EntreeHistorique.reouverture(nouveau, motif, auteur, maintenant));
    }

    /** The elements are downloadable until the retention delay ends, even if the nightly purge has not run yet. */
    public boolean elementsDisponibles(Instant maintenant, ConservationElements conservation) {
        return elementsPurgesLe == null && conservation.telechargeable(conservationDepuis, maintenant);
    }

    /** Records a download of the elements; refused once the retention delay is over. */
    public void telecharger(String auteur, Instant maintenant, ConservationElements conservation) {
        if (!elementsDisponibles(maintenant, conservation)) {
            throw new ElementsPurgesException(numero(), conservation);
        }
        historique.add(EntreeHistorique.telechargement(etat, auteur, maintenant));
    }

    /** Records that the elements reached the commune's sFTP server, under this file name. */
    public void remisParSftp(String nomFichier, Instant maintenant) {
        historique.add(EntreeHistorique.remiseSftp(etat, nomFichier, maintenant));
    }

    /** Records a document the mairie deposited for the citizen (named in the history). */
    public void documentDepose(String nomFichier, String auteur, Instant maintenant) {
        historique.add(EntreeHistorique.depot(etat, nomFichier, auteur, maintenant));
    }

    public UUID getId() {
        return id;
    }

    public NumeroTeledossier numero() {
        return new NumeroTeledossier(numero);
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public UUID getUsagerId() {
        return usagerId;
    }

    public String getCourrielUsager() {
        return courrielUsager;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public EtatTeledossier getEtat() {
        return etat;
    }

    public Instant getDeposeLe() {
        return deposeLe;
    }

    /**
     * The form data, to read while the elements are available: missing then is a fault (a damaged row), never the
     * retention's answer, so it is not reported as purged elements.
     */
    public String donneesPresentes() {
        if (donnees == null) {
            throw new IllegalStateException("Données absentes du dossier " + numero + " alors que ses éléments ne sont "
                    + "pas supprimés");
        }
        return donnees;
    }

    public Instant getConservationDepuis() {
        return conservationDepuis;
    }

    public boolean isReponseALire() {
        return reponseALire;
    }

    public IssueTeledossier getIssue() {
        return issue;
    }

    public String getNomUsager() {
        return nomUsager;
    }

    /** Whether the form data is there (false after the purge, or for a damaged row the download reports). */
    public boolean aDesDonnees() {
        return donnees != null;
    }

    public boolean isRemiseSftp() {
        return remiseSftp;
    }

    public Instant getElementsPurgesLe() {
        return elementsPurgesLe;
    }

    public List<EntreeHistorique> getHistorique() {
        return List.copyOf(historique);
    }
}
