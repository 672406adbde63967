package fr.demarches.teledossier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.demarches.commune.Procedure;

/**
 * A dossier as the mairie's screens show it. {@code etatsPossibles}: what the state form offers, exactly what the
 * dossier accepts ({@link EtatTeledossier#choix()}). {@code elementsPurges}, {@code joursRestants} and
 * {@code finConservation}: the retention rule's answers now. {@code elementsParSftp}: the elements go to the
 * commune's sFTP server and are not downloadable here; {@code remisSftpLe}: when they reached it, null while they
 * wait to be delivered.
 */
public record VueTeledossier(String numero, Procedure procedure, String courrielUsager, Instant deposeLe,
        EtatTeledossier etat, Set<EtatTeledossier> etatsPossibles, List<Evenement> historique, boolean elementsPurges,
        long joursRestants, Instant finConservation, boolean elementsParSftp,
        Instant remisSftpLe) {

    /** One line of the history; {@code libelle} says what happened ("Téléchargement", a state, a reopening…). */
    public record Evenement(Instant horodatage, String libelle, String commentaire, String auteur) {
    }
}
