package fr.demarches.compte;

/** Officier or agent de police judiciaire: both may validate a procuration. */
public enum QualiteOfficier {
    OPJ, APJ
}
