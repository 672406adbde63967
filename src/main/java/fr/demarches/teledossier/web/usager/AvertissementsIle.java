package fr.demarches.teledossier.web.usager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.CalendrierScrutins;
import fr.demarches.teledossier.regles.DateLimiteInscription;
import fr.demarches.teledossier.regles.RegleAgeIle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The warnings of an ILE request: a request after the deadline counts for later ballots; an applicant not 18 by
 * the day before the first round cannot vote at it. Never a reason to refuse the request.
 */
@Component
class AvertissementsIle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private final ObjectProvider<CalendrierScrutins> calendrier;
    private final Clock horloge;

    AvertissementsIle(ObjectProvider<CalendrierScrutins> calendrier, Clock horloge) {
        this.calendrier = calendrier;
        this.horloge = horloge;
    }

    List<String> pour(String communeInsee, LocalDate naissance) {
        var avertissements = new ArrayList<String>();
        LocalDate aujourdhui = LocalDate.now(horloge);
        var scrutin = communeInsee == null ? java.util.Optional.<CalendrierScrutins.ProchainScrutin>empty()
                : calendrier.getIfAvailable(() -> CalendrierScrutins.AUCUN).prochainScrutin(communeInsee, aujourdhui);
        if (scrutin.isPresent()) {
            var s = scrutin.get();
            if (DateLimiteInscription.depassee(s.dateLimiteEnLigne(), horloge.instant())) {
                avertissements.add("La date limite des demandes en ligne pour le scrutin « " + s.nom() + " » (premier tour le "
                        + DATE.format(s.premierTour()) + ") était le " + DATE.format(s.dateLimiteEnLigne())
                        + ". Votre demande sera traitée, mais elle ne vaudra que pour les scrutins suivants.");
            }
            if (naissance != null && !RegleAgeIle.majeurAuScrutin(naissance, s.premierTour())) {
                avertissements.add("Vous n'aurez pas 18 ans la veille du premier tour du scrutin « " + s.nom() + " » ("
                        + DATE.format(s.premierTour()) + ") : vous ne pourrez pas y voter. Votre inscription vaudra à partir du "
                        + DATE.format(RegleAgeIle.majorite(naissance)) + ".");
            }
        } else if (naissance != null && RegleAgeIle.majorite(naissance).isAfter(aujourdhui)) {
            avertissements.add("Vous aurez 18 ans le " + DATE.format(RegleAgeIle.majorite(naissance))
                    + " : votre inscription ne vaudra qu'à partir de cette date.");
        }
        return avertissements;
    }
}
