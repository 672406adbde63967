package fr.demarches.teledossier;

import java.time.Instant;
import java.util.List;

import fr.demarches.commune.Procedure;
import fr.demarches.document.TypeDocument;

/**
 * A request as its citizen follows it on the dashboard: no agent name, only what the mairie tells the citizen.
 * {@code issue}: the outcome of a closed request; {@code recours}: the recourse open after a refused registration;
 * {@code echanges}: the requests for complements and the citizen's answers, oldest first.
 */
public record DossierUsager(String numero, Procedure procedure, String communeInsee, String commune, Instant deposeLe,
        EtatTeledossier etat, List<Etape> historique, List<TypeDocument> pieces, IssueTeledossier issue,
        String recours, List<EchangeDossier> echanges) {

    /** A state the dossier went through, with the mairie's comment if any. */
    public record Etape(Instant horodatage, String libelle, String commentaire) {
    }

    /** The mairie waits for the citizen's complements: the dashboard offers the button to answer. */
    public boolean attendReponse() {
        return etat == EtatTeledossier.ATTENTE_ELEMENTS;
    }

    /** The reason the mairie gave with a refused registration: the comment of the last closing. */
    public String motifRefus() {
        if (issue != IssueTeledossier.INSCRIPTION_REFUSEE) {
            return null;
        }
        return historique.stream().filter(e -> EtatTeledossier.CLOS.libelle().equals(e.libelle()))
                .reduce((a, b) -> b).map(Etape::commentaire).orElse(null);
    }

    /** The last request for complements, the one the answer page shows. */
    public EchangeDossier derniereDemande() {
        return echanges.stream().filter(EchangeDossier::mairie).reduce((a, b) -> b).orElse(null);
    }
}
