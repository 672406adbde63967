package fr.demarches.procuration;

import java.time.LocalDate;
import java.util.UUID;

import fr.demarches.test.DonneesDeTest;

/** Requests as the form builds them, for the tests. */
final class Exemples {

    static final String NNE_MANDATAIRE = "123456789";

    private Exemples() {
    }

    /** Camille Martin of Nanterre gives a procuration for two rounds to the elector {@link #NNE_MANDATAIRE}. */
    static Demande demande(UUID usager, LocalDate premierTour) {
        return demande(usager, NNE_MANDATAIRE, Portee.DEUX_TOURS, premierTour, premierTour.plusWeeks(1));
    }

    static Demande demande(UUID usager, String nneMandataire, Portee portee, LocalDate debut, LocalDate fin) {
        return new Demande(usager, DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null, "Martin", null, "Camille Anne",
                LocalDate.of(1980, 5, 17), "Lyon (69)", nneMandataire, null, null, LocalDate.of(1975, 2, 3), null,
                portee, debut, fin);
    }

    static Acteur officier(DonneesDeTest.Acteurs acteurs) {
        return new Acteur(acteurs.officier(), DonneesDeTest.OFFICIER, acteurs.unite(), "127.0.0.1");
    }

    static Acteur agent(DonneesDeTest.Acteurs acteurs) {
        return new Acteur(acteurs.agent(), DonneesDeTest.AGENT, null, "127.0.0.1");
    }
}
