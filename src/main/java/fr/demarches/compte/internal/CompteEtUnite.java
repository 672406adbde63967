package fr.demarches.compte.internal;

/** An account read together with its unit's activity ({@code uniteActive} null when it has no unit). */
public record CompteEtUnite(Compte compte, Boolean uniteActive) {
}
