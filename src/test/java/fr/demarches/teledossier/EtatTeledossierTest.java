package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EtatTeledossierTest {

    @Test
    void transmittedIsOnlyTheInitialState() {
        for (EtatTeledossier etat : EtatTeledossier.values()) {
            assertThat(etat.suivants()).doesNotContain(EtatTeledossier.TRANSMIS);
        }
    }

    @Test
    void aClosedDossierOffersNoStateButCanBeReopenedToWorkStates() {
        assertThat(EtatTeledossier.CLOS.suivants()).isEmpty();
        assertThat(EtatTeledossier.reouvertures()).containsExactlyInAnyOrder(EtatTeledossier.EN_COURS,
                EtatTeledossier.ATTENTE_ELEMENTS);
    }

    @Test
    void everyOpenStateCanLeadToClosure() {
        for (EtatTeledossier etat : EtatTeledossier.values()) {
            if (etat.ouvert()) {
                assertThat(etat.suivants()).contains(EtatTeledossier.CLOS, EtatTeledossier.NON_RECEVABLE);
            }
        }
    }

    @Test
    void theCurrentStateIsAlwaysOfferedForAComment() {
        for (EtatTeledossier etat : EtatTeledossier.values()) {
            assertThat(etat.choix()).contains(etat).containsAll(etat.suivants());
            assertThat(etat.permet(etat, "Un commentaire")).isTrue();
        }
        assertThat(EtatTeledossier.TRANSMIS.permet(EtatTeledossier.TRANSMIS, null)).isFalse();
        assertThat(EtatTeledossier.CLOS.choix()).containsExactly(EtatTeledossier.CLOS);
    }

    @Test
    void hubeeStatusesMapToOurStates() {
        assertThat(EtatTeledossier.depuisHubee("SI_RECEIVED")).isEqualTo(EtatTeledossier.RECU);
        assertThat(EtatTeledossier.depuisHubee("ADD_AWAITING")).isEqualTo(EtatTeledossier.ATTENTE_ELEMENTS);
        assertThat(EtatTeledossier.depuisHubee("IN_PROGRESS")).isEqualTo(EtatTeledossier.EN_COURS);
        assertThat(EtatTeledossier.depuisHubee("REFUSED")).isEqualTo(EtatTeledossier.NON_RECEVABLE);
        assertThat(EtatTeledossier.depuisHubee("DONE")).isEqualTo(EtatTeledossier.CLOS);
        assertThat(EtatTeledossier.depuisHubee("CLOSED")).isEqualTo(EtatTeledossier.CLOS);
        assertThatThrownBy(() -> EtatTeledossier.depuisHubee("NOPE")).isInstanceOf(IllegalArgumentException.class);
    }
}
