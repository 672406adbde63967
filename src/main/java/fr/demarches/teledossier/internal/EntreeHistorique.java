package fr.demarches.teledossier.internal;

import java.time.Instant;

import fr.demarches.teledossier.EtatTeledossier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a dossier's history: a state (with the comment sent to the citizen), a reopening, a download, a
 * delivery to the commune's sFTP server, the purge.
 */
@Entity
@Table(name = "teledossier_historique")
public class EntreeHistorique {

    public enum Type {
        ETAT, REOUVERTURE, TELECHARGEMENT, PURGE, DEPOT, REMISE_SFTP,
        /** The mairie asks for complements (state "en attente d'éléments complémentaires"). */
        DEMANDE_COMPLEMENTS,
        /** The citizen's answer to it. */
        COMPLEMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant horodatage;

    @Enumerated(EnumType.STRING)
    private Type type;

    @Enumerated(EnumType.STRING)
    private EtatTeledossier etat;

    private String commentaire;

    private String auteur;

    /** DEMANDE_COMPLEMENTS: the piece types and data asked for, comma-separated enum names. */
    private String piecesDemandees;

    private String donneesDemandees;

    /** COMPLEMENT: the citizen's corrections, a JSON object from data code to corrected value. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private String corrections;

    protected EntreeHistorique() {
    }

    private EntreeHistorique(Type type, EtatTeledossier etat, String commentaire, String auteur, Instant horodatage) {
        this.type = type;
        this.etat = etat;
        this.commentaire = commentaire == null || commentaire.isBlank() ? null : commentaire.strip();
        this.auteur = auteur;
        this.horodatage = horodatage;
    }

    static EntreeHistorique etat(EtatTeledossier etat, String commentaire, String auteur, Instant horodatage) {
        return new EntreeHistorique(Type.ETAT, etat, commentaire, auteur, horodatage);
    }

    static EntreeHistorique telechargement(EtatTeledossier etat, String auteur, Instant horodatage) {
        return new EntreeHistorique(Type.TELECHARGEMENT, etat, null, auteur, horodatage);
    }

    static EntreeHistorique depot(EtatTeledossier etat, String nomFichier, String auteur, Instant horodatage) {
        return new EntreeHistorique(Type.DEPOT, etat, nomFichier, auteur, horodatage);
    }

    static EntreeHistorique remiseSftp(EtatTeledossier etat, String nomFichier, Instant horodatage) {
        return new EntreeHistorique(Type.REMISE_SFTP, etat, nomFichier, "système", horodatage);
    }

    static EntreeHistorique demandeComplements(String message, String pieces, String donnees, String auteur,
            Instant horodatage) {
        var entree = new EntreeHistorique(Type.DEMANDE_COMPLEMENTS, EtatTeledossier.ATTENTE_ELEMENTS, message, auteur,
                horodatage);
        entree.piecesDemandees = pieces == null || pieces.isEmpty() ? null : pieces;
        entree.donneesDemandees = donnees == null || donnees.isEmpty() ? null : donnees;
        return entree;
    }

    static EntreeHistorique complement(EtatTeledossier etat, String message, String corrections, Instant horodatage) {
        var entree = new EntreeHistorique(Type.COMPLEMENT, etat, message, "usager", horodatage);
        entree.corrections = corrections;
        return entree;
    }

    static EntreeHistorique reouverture(EtatTeledossier etat, String motif, String auteur, Instant horodatage) {
        return new EntreeHistorique(Type.REOUVERTURE, etat, motif, auteur, horodatage);
    }

    /** What happened, as the history table names it. */
    public String libelle() {
        return libelle(type, etat);
    }

    /** The same label, for a history read without loading the entity (the citizen's dashboard). */
    public static String libelle(Type type, EtatTeledossier etat) {
        return switch (type) {
            case ETAT -> etat.libelle();
            case REOUVERTURE -> "Réouverture : " + etat.libelle();
            case TELECHARGEMENT -> "Téléchargement des éléments";
            case PURGE -> "Suppression des éléments";
            case DEPOT -> "Document déposé pour l'usager";
            case REMISE_SFTP -> "Éléments déposés sur le serveur sFTP de la mairie";
            case DEMANDE_COMPLEMENTS -> etat.libelle();
            case COMPLEMENT -> "Éléments complémentaires envoyés par l'usager";
        };
    }

    /** The entries the citizen sees: states, reopenings, the requests for complements and their answers. */
    public static boolean visibleParUsager(Type type) {
        return type != Type.TELECHARGEMENT && type != Type.PURGE && type != Type.DEPOT && type != Type.REMISE_SFTP;
    }

    public Long getId() {
        return id;
    }

    public String getPiecesDemandees() {
        return piecesDemandees;
    }

    public String getDonneesDemandees() {
        return donneesDemandees;
    }

    public String getCorrections() {
        return corrections;
    }

    public Instant getHorodatage() {
        return horodatage;
    }

    public Type getType() {
        return type;
    }

    public EtatTeledossier getEtat() {
        return etat;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public String getAuteur() {
        return auteur;
    }
}
