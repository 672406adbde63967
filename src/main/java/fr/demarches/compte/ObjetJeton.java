package fr.demarches.compte;

/** What an e-mailed link is for; a link only works for its own purpose. */
public enum ObjetJeton {
    CONFIRMATION_COURRIEL,
    CHANGEMENT_COURRIEL,
    REINITIALISATION_MOT_DE_PASSE,
    DEFINITION_MOT_DE_PASSE
}
