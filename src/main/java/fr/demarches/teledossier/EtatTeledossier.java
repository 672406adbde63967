package fr.demarches.teledossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The six states of the sources, each notified to the citizen, with the matching HubEE case status (the State's
 * current exchange API) so that exchanges with municipal software speak the same vocabulary.
 */
public enum EtatTeledossier {
    TRANSMIS("Dossier transmis au service traitant", "SENT"),
    RECU("Dossier reçu par le service traitant", "SI_RECEIVED"),
    ATTENTE_ELEMENTS("En attente d'éléments complémentaires", "ADD_AWAITING"),
    EN_COURS("Dossier en cours de traitement", "IN_PROGRESS"),
    NON_RECEVABLE("Dossier non recevable", "REFUSED"),
    CLOS("Dossier clos", "CLOSED");

    private final String libelle;
    private final String statutHubee;

    EtatTeledossier(String libelle, String statutHubee) {
        this.libelle = libelle;
        this.statutHubee = statutHubee;
    }

    public String libelle() {
        return libelle;
    }

    public String statutHubee() {
        return statutHubee;
    }

    /**
     * The states an agent may choose from this one. "Transmis" is only the initial state; a closed dossier is
     * reopened only through {@link #reouvertures()}, by the commune administrator with a reason.
     */
    public Set<EtatTeledossier> suivants() {
        return switch (this) {
            case CLOS -> EnumSet.noneOf(EtatTeledossier.class);
            default -> EnumSet.complementOf(EnumSet.of(TRANSMIS));
        };
    }

    /**
     * Whether an agent (or the commune's software, by the flux retour) may record {@code vers} on a dossier in this
     * state: one of {@link #suivants()}, or this same state to send a comment only. The one rule that
     * {@code Teledossier.changerEtat} applies and the dossier page offers through {@link #choix()}.
     */
    public boolean permet(EtatTeledossier vers, String commentaire) {
        return suivants().contains(vers) || vers == this && commentaire != null && !commentaire.isBlank();
    }

    /** What the dossier page offers: the next states, and this one to send a comment (accepted with a comment). */
    public Set<EtatTeledossier> choix() {
        var choix = EnumSet.of(this);
        choix.addAll(suivants());
        return choix;
    }

    /** The states a closed dossier may be reopened to. */
    public static Set<EtatTeledossier> reouvertures() {
        return EnumSet.of(EN_COURS, ATTENTE_ELEMENTS);
    }

    public boolean ouvert() {
        return this != CLOS;
    }

    /** HubEE statuses DONE and CLOSED both close the dossier here. */
    public static EtatTeledossier depuisHubee(String statut) {
        if ("DONE".equals(statut)) {
            return CLOS;
        }
        for (EtatTeledossier etat : values()) {
            if (etat.statutHubee.equals(statut)) {
                return etat;
            }
        }
        throw new IllegalArgumentException("Statut HubEE inconnu : " + statut);
    }
}
