package fr.demarches.teledossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.elements.Adresse;
import fr.demarches.teledossier.elements.LieuNaissance;

/**
 * A dossier as the mairie's screens show it. {@code etatsPossibles}: what the state form offers, what the dossier
 * accepts ({@link EtatTeledossier#choix()}) except closing, which has its own confirmation. {@code elementsPurges},
 * {@code joursRestants} and {@code finConservation}: the retention rule's answers now. {@code elementsParSftp}: the
 * elements go to the commune's sFTP server and are not downloadable here; {@code remisSftpLe}: when they reached it,
 * null while they wait to be delivered. {@code identite}: who the citizen is, null once the elements are purged;
 * {@code issue}: the outcome of a closed dossier; {@code reponseALire}: the citizen answered since the agent's last
 * action; {@code echanges}: the conversation, oldest first; {@code pieces}: every piece with its version.
 */
public record VueTeledossier(String numero, Procedure procedure, String courrielUsager, Instant deposeLe,
        EtatTeledossier etat, Set<EtatTeledossier> etatsPossibles, List<Evenement> historique, boolean elementsPurges,
        long joursRestants, Instant finConservation, boolean elementsParSftp,
        Instant remisSftpLe, Identite identite, IssueTeledossier issue, boolean reponseALire,
        List<EchangeDossier> echanges, List<EchangeDossier.PieceEchangee> pieces,
        fr.demarches.teledossier.elements.DonneesIle.CasParticulier casParticulier, String motifRecensement) {

    /** One line of the history; {@code libelle} says what happened ("Téléchargement", a state, a reopening…). */
    public record Evenement(Instant horodatage, String libelle, String commentaire, String auteur) {
    }

    /** The citizen as the request names them; {@code commune}: the postal code and town of their address. */
    public record Identite(String prenoms, String nom, String nomUsage, LocalDate dateNaissance, String lieuNaissance,
            String commune) {

        static String lieu(LieuNaissance lieu) {
            if (lieu == null) {
                return null;
            }
            return lieu.enFrance() ? joindre(" ", lieu.commune(), lieu.departement() == null ? null
                    : "(" + lieu.departement() + ")") : joindre(", ", lieu.commune(), lieu.paysLibelle());
        }

        static String commune(Adresse adresse) {
            return adresse == null ? null : joindre(" ", adresse.codePostal(), adresse.localite());
        }

        private static String joindre(String separateur, String... parties) {
            return Stream.of(parties).filter(Objects::nonNull).filter(p -> !p.isBlank())
                    .collect(Collectors.joining(separateur));
        }
    }

    /** What the request-for-complements form offers on this procedure. */
    public List<fr.demarches.document.TypeDocument> piecesDemandables() {
        return DemandeComplements.piecesDemandables(procedure);
    }

    public List<DonneeACorriger> donneesCorrigeables() {
        return DonneeACorriger.de(procedure);
    }

    public List<IssueTeledossier> issuesPossibles() {
        return IssueTeledossier.de(procedure);
    }
}
