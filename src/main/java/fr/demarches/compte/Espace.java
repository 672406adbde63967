package fr.demarches.compte;

/** The four portals. An account belongs to exactly one; its identifier is unique within it. */
public enum Espace {
    USAGER, MAIRIE, POLICE, ADMINISTRATION
}
