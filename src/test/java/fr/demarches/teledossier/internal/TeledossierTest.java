package fr.demarches.teledossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.TransitionInterditeException;
import fr.demarches.teledossier.regles.ConservationElements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeledossierTest {

    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:00:00Z");
    private static final ConservationElements TRENTE_JOURS = new ConservationElements(java.time.Duration.ofDays(30));

    /** The dossier page offers {@link EtatTeledossier#choix()}: each offered state is accepted, no other one is. */
    @ParameterizedTest
    @EnumSource(EtatTeledossier.class)
    void theStatesOfferedAreExactlyTheOnesTheDossierAccepts(EtatTeledossier depuis) {
        for (EtatTeledossier vers : EtatTeledossier.values()) {
            assertThat(accepte(depuis, vers, "Pièce reçue, merci.")).as("%s vers %s", depuis, vers)
                    .isEqualTo(depuis.choix().contains(vers));
            // Without a comment, staying in the same state is only accepted where it is also a next state.
            assertThat(accepte(depuis, vers, " ")).as("%s vers %s sans commentaire", depuis, vers)
                    .isEqualTo(depuis.suivants().contains(vers));
        }
    }

    private static boolean accepte(EtatTeledossier depuis, EtatTeledossier vers, String commentaire) {
        var dossier = new Teledossier(NumeroTeledossier.tirer(), Procedure.ILE, UUID.randomUUID(), "camille@exemple.fr",
                "Camille Martin", "92050", "{}", UUID.randomUUID(), false, MAINTENANT);
        if (depuis != EtatTeledossier.TRANSMIS) {
            dossier.changerEtat(depuis, null, "agent", MAINTENANT, TRENTE_JOURS);
        }
        try {
            dossier.changerEtat(vers, commentaire, "agent", MAINTENANT, TRENTE_JOURS);
            return true;
        } catch (TransitionInterditeException interdite) {
            assertThat(dossier.getEtat()).isEqualTo(depuis);
            return false;
        }
    }
}
