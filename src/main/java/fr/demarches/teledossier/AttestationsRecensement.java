package fr.demarches.teledossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Referentiel;
import fr.demarches.document.TypeDocument;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.AttestationRecensementPdf;
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.internal.ProprietesTeledossiers;
import fr.demarches.teledossier.internal.Teledossier;
import fr.demarches.teledossier.internal.TeledossierRepository;
import fr.demarches.teledossier.regles.ConservationElements;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attestation de recensement of an RCO dossier, generated from the request with the commune's signature and
 * stamp images: to preview, then to deposit in the citizen's space through {@link Teledossiers#deposerPourUsager}
 * (history, audit, notification). Only for the RCO dossiers of the agent's commune; any other number is
 * {@link TeledossierIntrouvableException}.
 */
@Service
@Transactional
public class AttestationsRecensement {

    private final TeledossierRepository dossiers;
    private final Teledossiers teledossiers;
    private final ParametresCommune parametres;
    private final Referentiel referentiel;
    private final JournalAudit journal;
    private final JsonMapper json;
    private final Clock horloge;
    private final ConservationElements conservation;

    AttestationsRecensement(TeledossierRepository dossiers, Teledossiers teledossiers, ParametresCommune parametres,
            Referentiel referentiel, JournalAudit journal, JsonMapper json, Clock horloge,
            ProprietesTeledossiers proprietes) {
        this.dossiers = dossiers;
        this.teledossiers = teledossiers;
        this.parametres = parametres;
        this.referentiel = referentiel;
        this.journal = journal;
        this.json = json;
        this.horloge = horloge;
        this.conservation = proprietes.conservation();
    }

    /** The file name the citizen sees in their documents. */
    public static String nomFichier(String numero) {
        return "attestation-recensement-" + numero + ".pdf";
    }

    /** What the commune still has to upload before attestations can be generated, in French; empty when ready. */
    @Transactional(readOnly = true)
    public Optional<String> imagesManquantes(String communeInsee) {
        var manquantes = new ArrayList<String>();
        for (NatureImage nature : NatureImage.values()) {
            if (parametres.image(communeInsee, nature).isEmpty()) {
                manquantes.add(nature.designation());
            }
        }
        if (manquantes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Pour générer l'attestation, l'administrateur de la commune doit d'abord enregistrer "
                + String.join(" et ", manquantes) + " (image PNG ou JPEG) dans « Paramètres de la commune », "
                + "rubrique « Tampon et signature des attestations ».");
    }

    /** The attestation to preview; the generation is in the audit journal (it prints personal data). */
    public byte[] generer(NumeroTeledossier numero, String communeAgent, Teledossiers.Acteur agent) {
        byte[] pdf = pdf(dossier(numero, communeAgent));
        journal.enregistrer(new EntreeAudit("MAIRIE", agent.id(), agent.libelle(), "ATTESTATION_RECENSEMENT_GENEREE",
                "TELEDOSSIER", numero.valeur(), null, agent.ip()));
        return pdf;
    }

    /**
     * Generates the attestation again (same data, same day) and deposits it like an uploaded PDF: the citizen's
     * document space, the dossier's history, the journal and the citizen's notification.
     */
    public void deposer(NumeroTeledossier numero, String communeAgent, Teledossiers.Acteur agent) {
        var dossier = dossier(numero, communeAgent);
        // As any deposit of the agent's (TeledossiersGsController): a closed dossier is reopened first, with a reason.
        if (!dossier.getEtat().ouvert()) {
            throw new AttestationImpossible("Ce dossier est clos : seul l'administrateur de la commune peut le rouvrir "
                    + "pour y déposer l'attestation.");
        }
        byte[] pdf = pdf(dossier);
        teledossiers.deposerPourUsager(numero, communeAgent, TypeDocument.ATTESTATION_RECENSEMENT,
                nomFichier(numero.valeur()), new ByteArrayInputStream(pdf), pdf.length, agent);
    }

    private Teledossier dossier(NumeroTeledossier numero, String communeAgent) {
        return dossiers.deLaCommune(numero.valeur(), communeAgent)
                .filter(d -> d.getProcedure() == Procedure.RCO)
                .orElseThrow(() -> new TeledossierIntrouvableException(numero));
    }

    private byte[] pdf(Teledossier dossier) {
        if (!IssueTeledossier.attestationPossible(dossier.getProcedure(), dossier.getEtat())) {
            throw new AttestationImpossible("Ce dossier est non recevable : aucune attestation de recensement ne peut être délivrée.");
        }
        if (!dossier.elementsDisponibles(horloge.instant(), conservation)) {
            throw new AttestationImpossible("Les données de ce dossier ne sont plus disponibles (délai de "
                    + conservation.jours() + " jours dépassé) : établissez l'attestation avec votre logiciel et "
                    + "déposez-la comme pièce jointe.");
        }
        String commune = dossier.getCommuneInsee();
        imagesManquantes(commune).ifPresent(message -> {
            throw new AttestationImpossible(message);
        });
        var donnees = json.readValue(dossier.donneesPresentes(), DonneesRco.class);
        var sortie = new ByteArrayOutputStream();
        try {
            AttestationRecensementPdf.ecrire(sortie, dossier.numero().valeur(), donnees,
                    referentiel.parCodeInsee(commune).orElseThrow().nom(),
                    dossier.getDeposeLe().atZone(Fuseau.PARIS).toLocalDate(), LocalDate.now(horloge),
                    parametres.image(commune, NatureImage.SIGNATURE).orElseThrow().contenu(),
                    parametres.image(commune, NatureImage.TAMPON).orElseThrow().contenu());
        } catch (AttestationRecensementPdf.ImageIllisible illisible) {
            throw new AttestationImpossible("Le tampon ou la signature enregistrés ne peuvent pas être lus comme des images : "
                    + "l'administrateur de la commune doit les remplacer dans « Paramètres de la commune ».");
        }
        return sortie.toByteArray();
    }
}
