package fr.demarches.teledossier.web.usager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.demarches.scrutin.CalendrierElectoral;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.Scrutins;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.regles.DateEnLettres;
import fr.demarches.teledossier.regles.RegleAgeIle;

import org.springframework.stereotype.Component;

/**
 * The warnings of an ILE request: a request after the deadline counts for later ballots; an applicant not 18 by
 * the day before the first round cannot vote at it. Never a reason to refuse the request.
 */
@Component
class AvertissementsIle {

    private final Scrutins scrutins;
    private final Clock horloge;

    AvertissementsIle(Scrutins scrutins, Clock horloge) {
        this.scrutins = scrutins;
        this.horloge = horloge;
    }

    List<String> pour(String communeInsee, LocalDate naissance) {
        Instant maintenant = horloge.instant();
        var scrutin = communeInsee == null ? Optional.<ScrutinVue>empty()
                : scrutins.prochain(communeInsee, LocalDate.ofInstant(maintenant, Fuseau.PARIS));
        return pour(scrutin, naissance, maintenant);
    }

    /** The warnings for the commune's next ballot, if any, at {@code maintenant}. */
    static List<String> pour(Optional<ScrutinVue> scrutin, LocalDate naissance, Instant maintenant) {
        var avertissements = new ArrayList<String>();
        if (scrutin.isPresent()) {
            var s = scrutin.get();
            if (CalendrierElectoral.apresDateLimite(s.dateLimiteInscription(), maintenant)) {
                avertissements.add("La date limite des demandes en ligne pour le scrutin « " + s.nom() + " » (premier tour le "
                        + DateEnLettres.de(s.premierTour()) + ") était le " + DateEnLettres.de(s.dateLimiteInscription())
                        + ". Votre demande sera traitée, mais elle ne vaudra que pour les scrutins suivants.");
            }
            if (naissance != null && !RegleAgeIle.majeurAuScrutin(naissance, s.premierTour())) {
                avertissements.add("Vous n'aurez pas 18 ans la veille du premier tour du scrutin « " + s.nom() + " » ("
                        + DateEnLettres.de(s.premierTour()) + ") : vous ne pourrez pas y voter. Votre inscription vaudra à partir du "
                        + DateEnLettres.de(RegleAgeIle.majorite(naissance)) + ".");
            }
        } else if (naissance != null && RegleAgeIle.majorite(naissance).isAfter(LocalDate.ofInstant(maintenant, Fuseau.PARIS))) {
            avertissements.add("Vous aurez 18 ans le " + DateEnLettres.de(RegleAgeIle.majorite(naissance))
                    + " : votre inscription ne vaudra qu'à partir de cette date.");
        }
        return avertissements;
    }
}
