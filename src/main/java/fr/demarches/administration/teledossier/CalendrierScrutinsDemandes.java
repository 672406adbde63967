package fr.demarches.administration.teledossier;

import java.time.LocalDate;
import java.util.Optional;

import fr.demarches.scrutin.Scrutins;
import fr.demarches.teledossier.CalendrierScrutins;

import org.springframework.stereotype.Component;

/** The request forms read the next ballot of the commune from the administered calendar of elections. */
@Component
class CalendrierScrutinsDemandes implements CalendrierScrutins {

    private final Scrutins scrutins;

    CalendrierScrutinsDemandes(Scrutins scrutins) {
        this.scrutins = scrutins;
    }

    @Override
    public Optional<ProchainScrutin> prochainScrutin(String codeInsee, LocalDate date) {
        return scrutins.prochains(codeInsee, date).stream()
                .filter(s -> !s.premierTour().isBefore(date))
                .findFirst()
                .map(s -> new ProchainScrutin(s.nom(), s.premierTour(), s.dateLimiteInscription()));
    }
}
