package fr.demarches.liste;

import java.util.List;

/**
 * The outcome of an import: either the list was replaced ({@code importes} electors), or the file was refused
 * and nothing changed; {@code erreurs} lists at most the first {@link ImportListeElectorale#ERREURS_MONTREES}
 * problems, {@code nombreErreurs} counts them all.
 */
public record RapportImport(boolean accepte, int importes, List<Erreur> erreurs, int nombreErreurs, long dureeMs) {

    /** {@code ligne} 0 means the whole file. */
    public record Erreur(int ligne, String message) {
    }
}
