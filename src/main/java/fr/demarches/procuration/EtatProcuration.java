package fr.demarches.procuration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a procuration stands, as the mandant reads it on the dashboard. */
public enum EtatProcuration {
    EN_ATTENTE_AUTORITE("En attente de validation par une autorité habilitée"),
    REFUSEE_AUTORITE("Refusée par l'autorité habilitée"),
    VALIDEE_AUTORITE("Validée par l'autorité habilitée, en attente de la commune"),
    ACCEPTEE_COMMUNE("Acceptée par la commune"),
    REFUSEE_COMMUNE("Refusée par la commune"),
    EXPIREE("Expirée"),
    RESILIEE("Résiliée");

    /**
     * The states in which a procuration binds its mandataire: established by a habilitated authority (Code électoral
     * R72: the procuration is « établie » before an officer of judicial police) and neither refused by the commune,
     * cancelled (résiliée) nor expired. The L73 ceiling counts these ({@link PlafondMandataire}); SQL reads them as a
     * parameter ({@link #noms}), never as literals.
     */
    public static final Set<EtatProcuration> ETABLIES = EnumSet.of(VALIDEE_AUTORITE, ACCEPTEE_COMMUNE);

    private final String libelle;

    EtatProcuration(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public boolean etablie() {
        return ETABLIES.contains(this);
    }

    /** The stored names of some states, for an {@code IN (:etats)} SQL parameter. */
    public static List<String> noms(Set<EtatProcuration> etats) {
        return etats.stream().map(Enum::name).toList();
    }
}
