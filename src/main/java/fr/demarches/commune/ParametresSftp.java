package fr.demarches.commune;

/** Where the platform pushes a commune's files; the secret (password or private key) only travels inward. */
public record ParametresSftp(String hote, Integer port, String dossier, String identifiant) {
}
