package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMapping;

class EtapeSaisieTest {

    @Test
    void everyStepTypedInHasItsPathAndNoOtherPathIsListed() {
        var listes = EtapeSaisie.class.getAnnotation(RequestMapping.class).value();
        var attendus = EnumSet.complementOf(EnumSet.of(Etape.PIECES, Etape.RECAPITULATIF)).stream()
                .map(etape -> "/" + etape.chemin()).toList();

        assertThat(Arrays.asList(listes)).containsExactlyInAnyOrderElementsOf(attendus);
    }
}
