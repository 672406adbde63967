package fr.demarches.commune;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import fr.demarches.commune.internal.Raccordement;
import fr.demarches.commune.internal.RaccordementRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The communes connected to the service and what each one receives. */
@Service
@Transactional(readOnly = true)
public class Raccordements {

    private final RaccordementRepository raccordements;
    private final Referentiel referentiel;
    private final Clock horloge;

    Raccordements(RaccordementRepository raccordements, Referentiel referentiel, Clock horloge) {
        this.raccordements = raccordements;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    /** Whether the commune receives this procedure online today. */
    public boolean ouvert(String codeInsee, Procedure procedure) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return raccordements.findById(codeInsee).map(r -> r.ouvert(procedure, aujourdhui)).orElse(false);
    }

    /** The commune's option: an agent's first download moves a new dossier to "reçu par le service traitant". */
    public boolean recuAuPremierTelechargement(String codeInsee) {
        return raccordements.findById(codeInsee).map(r -> r.isRecuAuPremierTelechargement()).orElse(false);
    }

    /** The commune's option: procurations whose automated checks all pass are accepted without an agent. */
    public boolean validationAutomatiqueProcurations(String codeInsee) {
        return raccordements.findById(codeInsee).map(r -> r.isValidationAutoProcurations()).orElse(false);
    }

    public Optional<RaccordementVue> de(String codeInsee) {
        return raccordements.findById(codeInsee).map(Raccordements::vue);
    }

    public long nombre() {
        return raccordements.count();
    }

    /** Connects a commune (used by the administration, and by the demo data). */
    @Transactional
    public RaccordementVue raccorder(String codeInsee, ModeRaccordement mode, String boiteFonctionnelle,
            Set<Procedure> procedures, LocalDate dateEffet) {
        if (referentiel.parCodeInsee(codeInsee).isEmpty()) {
            throw new IllegalArgumentException("Commune inconnue : " + codeInsee);
        }
        var raccordement = raccordements.save(new Raccordement(codeInsee, mode, boiteFonctionnelle, procedures,
                dateEffet, horloge.instant()));
        return vue(raccordement);
    }

    private static RaccordementVue vue(Raccordement r) {
        return new RaccordementVue(r.getCodeInsee(), r.getMode(), r.getBoiteFonctionnelle(), r.procedures(),
                r.getDateEffet());
    }

    public record RaccordementVue(String codeInsee, ModeRaccordement mode, String boiteFonctionnelle,
            Set<Procedure> procedures, LocalDate dateEffet) {
    }
}
