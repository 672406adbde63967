package fr.demarches.teledossier.web.usager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import fr.demarches.scrutin.CalendrierElectoral;
import fr.demarches.scrutin.ScrutinVue;
import fr.demarches.scrutin.Scrutins;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.regles.CasParticuliersIle;
import fr.demarches.teledossier.regles.DateEnLettres;
import fr.demarches.teledossier.regles.RegleAgeIle;

import org.springframework.stereotype.Component;

/**
 * The warnings of an ILE request: a request after the deadline counts for later ballots unless an L30 ground
 * applies (until the L30 deadline); an applicant not 18 by the day before the first round votes at the second
 * one if 18 by then, else not at this ballot. Never a reason to refuse the request.
 */
@Component
class AvertissementsIle {

    private final Scrutins scrutins;
    private final Clock horloge;

    AvertissementsIle(Scrutins scrutins, Clock horloge) {
        this.scrutins = scrutins;
        this.horloge = horloge;
    }

    /** The commune's next ballot now among those the applicant may vote at ({@code ouverts}), if any. */
    Optional<ScrutinVue> prochainScrutin(String communeInsee, Predicate<TypeScrutin> ouverts) {
        return communeInsee == null ? Optional.empty()
                : scrutins.prochain(communeInsee, LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS), ouverts);
    }

    Instant maintenant() {
        return horloge.instant();
    }

    List<String> pour(String communeInsee, Predicate<TypeScrutin> ouverts, LocalDate naissance,
            DonneesIle.CasParticulier motif) {
        return pour(prochainScrutin(communeInsee, ouverts), naissance, motif, horloge.instant());
    }

    /** The warnings for the commune's next ballot, if any, at {@code maintenant}; {@code motif}: the L30 ground claimed. */
    static List<String> pour(Optional<ScrutinVue> scrutin, LocalDate naissance, DonneesIle.CasParticulier motif,
            Instant maintenant) {
        var avertissements = new ArrayList<String>();
        if (scrutin.isPresent()) {
            var s = scrutin.get();
            var retenu = CasParticuliersIle.retenu(motif, s, maintenant);
            if (retenu.isPresent()) {
                avertissements.add("Votre demande arrive après la date limite habituelle (" + DateEnLettres.de(s.dateLimiteInscription())
                        + ") mais relève d'un cas particulier (" + motif.article() + ") : envoyée au plus tard le "
                        + DateEnLettres.de(s.dateLimiteCasParticuliers()) + ", elle vaudra pour le scrutin « " + s.nom()
                        + " » si la mairie retient votre justificatif.");
                if (motif == DonneesIle.CasParticulier.MAJORITE && naissance != null
                        && !CasParticuliersIle.majoriteApresDateLimite(naissance, s.dateLimiteInscription())) {
                    avertissements.add("Vous aviez déjà 18 ans à la date limite du " + DateEnLettres.de(s.dateLimiteInscription())
                            + " : le cas « 18 ans atteints après la date limite » ne semble pas vous concerner. La mairie décidera.");
                }
            } else if (CalendrierElectoral.apresDateLimite(s.dateLimiteInscription(), maintenant)) {
                avertissements.add("La date limite des demandes en ligne pour le scrutin « " + s.nom() + " » (premier tour le "
                        + DateEnLettres.de(s.premierTour()) + ") était le " + DateEnLettres.de(s.dateLimiteInscription())
                        + ". Votre demande sera traitée, mais elle ne vaudra que pour les scrutins suivants"
                        + (CasParticuliersIle.question(s, maintenant) ? ", sauf si vous êtes dans l'un des cas particuliers "
                                + "prévus par la loi (jusqu'au " + DateEnLettres.de(s.dateLimiteCasParticuliers())
                                + ") : indiquez-le à l'étape « " + Etape.COMMUNE.titre() + " »." : "."));
            }
            if (naissance != null) {
                var tour = RegleAgeIle.premierTourOuvert(naissance, s.premierTour(), s.secondTour());
                if (tour.isEmpty()) {
                    avertissements.add("Vous n'aurez pas 18 ans la veille du " + (s.secondTour() == null ? "" : "second tour du ")
                            + "scrutin « " + s.nom() + " » (" + DateEnLettres.de(s.dernierTour()) + ") : vous ne pourrez pas y voter. "
                            + "Votre inscription vaudra à partir du " + DateEnLettres.de(RegleAgeIle.majorite(naissance)) + ".");
                } else if (!tour.get().equals(s.premierTour())) {
                    avertissements.add("Vous n'aurez pas 18 ans la veille du premier tour du scrutin « " + s.nom() + " » ("
                            + DateEnLettres.de(s.premierTour()) + ") : vous ne pourrez pas voter au premier tour, mais vous "
                            + "pourrez voter au second tour, le " + DateEnLettres.de(s.secondTour()) + ".");
                }
            }
        } else if (naissance != null && RegleAgeIle.majorite(naissance).isAfter(LocalDate.ofInstant(maintenant, Fuseau.PARIS))) {
            avertissements.add("Vous aurez 18 ans le " + DateEnLettres.de(RegleAgeIle.majorite(naissance))
                    + " : votre inscription ne vaudra qu'à partir de cette date.");
        }
        return avertissements;
    }
}
