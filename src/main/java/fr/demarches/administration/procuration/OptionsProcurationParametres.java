package fr.demarches.administration.procuration;

import fr.demarches.commune.Raccordements;
import fr.demarches.procuration.OptionsProcurationCommune;

import org.springframework.stereotype.Component;

/** The procuration options come from the commune settings. */
@Component
class OptionsProcurationParametres implements OptionsProcurationCommune {

    private final Raccordements raccordements;

    OptionsProcurationParametres(Raccordements raccordements) {
        this.raccordements = raccordements;
    }

    @Override
    public boolean validationAutomatique(String communeInsee) {
        return raccordements.validationAutomatiqueProcurations(communeInsee);
    }
}
