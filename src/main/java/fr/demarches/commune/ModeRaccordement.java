package fr.demarches.commune;

/** How a connected commune receives its télédossiers: a notice by e-mail, or files pushed to its sFTP server. */
public enum ModeRaccordement {
    COURRIEL, SFTP
}
