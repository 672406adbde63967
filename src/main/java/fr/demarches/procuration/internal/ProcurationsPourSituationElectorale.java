package fr.demarches.procuration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.demarches.commune.Referentiel;
import fr.demarches.liste.Electeur;
import fr.demarches.liste.ProcurationsDeLElecteur;
import fr.demarches.procuration.PlafondMandataire.Lien;
import fr.demarches.shared.Fuseau;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurations "ma situation électorale" shows: those the account gave, and those its holder holds as
 * mandataire — the same person as for the L73 ceiling ({@link MandatairesIdentifies}), never a homonym only perhaps
 * the same.
 */
@Component
@Transactional(readOnly = true)
class ProcurationsPourSituationElectorale implements ProcurationsDeLElecteur {

    /** "Not ended" reads the periods up to here. */
    private static final LocalDate SANS_FIN = LocalDate.of(9999, 12, 31);

    private final ProcurationRepository procurations;
    private final MandatairesIdentifies mandataires;
    private final Referentiel referentiel;
    private final Clock horloge;

    ProcurationsPourSituationElectorale(ProcurationRepository procurations, MandatairesIdentifies mandataires,
            Referentiel referentiel, Clock horloge) {
        this.procurations = procurations;
        this.mandataires = mandataires;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    @Override
    public List<Resume> donnees(UUID compteId) {
        Instant maintenant = horloge.instant();
        LocalDate aujourdhui = LocalDate.ofInstant(maintenant, Fuseau.PARIS);
        return procurations.findByUsagerIdOrderByDeposeeLeDesc(compteId).stream()
                .filter(p -> !p.getFin().isBefore(aujourdhui))
                .map(p -> resume(p, p.getNneMandataire() != null
                        ? "l'électeur n° " + p.getNneMandataire()
                        : p.getPrenomsMandataire() + " " + p.getNomNaissanceMandataire(), maintenant))
                .toList();
    }

    @Override
    public List<Resume> detenues(Electeur electeur) {
        Instant maintenant = horloge.instant();
        LocalDate aujourdhui = LocalDate.ofInstant(maintenant, Fuseau.PARIS);
        var ids = mandataires.procurationsDe(electeur, null, null, aujourdhui, SANS_FIN).stream()
                .filter(l -> l.lien() == Lien.MEME_MANDATAIRE).map(MandatairesIdentifies.Liee::id).toList();
        return procurations.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Procuration::getDebut))
                .map(p -> resume(p, p.getPrenomsMandant() + " " + p.getNomNaissanceMandant(), maintenant))
                .toList();
    }

    private Resume resume(Procuration p, String autrePersonne, Instant maintenant) {
        return new Resume(autrePersonne, referentiel.parCodeInsee(p.getCommuneInsee()).map(c -> c.libelle())
                .orElse(p.getCommuneInsee()), p.getPortee().dates(p.getDebut(), p.getFin()),
                p.etatAu(maintenant).libelle());
    }
}
